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

/** The provider's own agreements under each market, and its deeds of extension, on its contracts page. */
@Named
@ViewScoped
public class MyAgreements implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Contracts contracts;

    @EJB
    transient uk.council.procurement.contracts.boundary.Deeds deeds;

    private List<ContractView> rows = List.of();
    private List<uk.council.procurement.contracts.boundary.DeedSummary> deedRows = List.of();

    @PostConstruct
    void init() {
        // the boundary scopes a provider to its own organisation's contracts
        rows = contracts.list(new ContractQuery("agreement", null, null, null, null, null, "expiry", false, 0, 200))
                .rows();
        deedRows = deeds.list(null, 0, 200).rows();
    }

    /** The provider's deeds of extension (the boundary gives a provider its own only). */
    public List<uk.council.procurement.contracts.boundary.DeedSummary> getDeeds() {
        return deedRows;
    }

    public List<ContractView> getRows() {
        return rows;
    }
}
