package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import uk.council.procurement.calloff.boundary.CallOffContractView;
import uk.council.procurement.calloff.boundary.CallOffContracts;

/**
 * Call-off contracts, newest first and paged (calloff/contracts.xhtml for staff, my-contracts.xhtml
 * for a provider, who gets its own organisation's only: the boundary decides).
 */
@Named
@ViewScoped
public class ContractList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CallOffContracts contracts;

    private LazyDataModel<CallOffContractView> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) contracts.list(0, 1).total();
            }

            @Override
            public List<CallOffContractView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                var page = contracts.list(first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(CallOffContractView row) {
                return row.reference();
            }
        };
    }

    public LazyDataModel<CallOffContractView> getRows() {
        return rows;
    }
}
