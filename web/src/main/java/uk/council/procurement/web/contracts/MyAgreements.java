package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.contracts.boundary.ContractQuery;
import uk.council.procurement.contracts.boundary.ContractView;
import uk.council.procurement.contracts.boundary.Contracts;

/** The provider's own agreements under each market, on its contracts page: term, end date, extensions. */
@Named
@ViewScoped
public class MyAgreements implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Contracts contracts;

    private List<ContractView> rows = List.of();

    @PostConstruct
    void init() {
        // the boundary scopes a provider to its own organisation's contracts
        rows = contracts.list(new ContractQuery("agreement", null, null, null, null, null, "expiry", false, 0, 200))
                .rows();
    }

    public List<ContractView> getRows() {
        return rows;
    }
}
