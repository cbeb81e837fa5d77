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

import uk.council.procurement.calloff.boundary.RequirementSummary;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.RequirementStatus;

/**
 * Requirements for council staff (calloff/requirements.xhtml), newest first, searched and filtered
 * by status in the database and paged; the CSV export takes every matching row.
 */
@Named
@ViewScoped
public class RequirementList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Requirements requirements;

    private LazyDataModel<RequirementSummary> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) requirements.list(text(filterBy), status(filterBy), 0, 1).total();
            }

            @Override
            public List<RequirementSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                var page = requirements.list(text(filterBy), status(filterBy), first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(RequirementSummary row) {
                return row.reference();
            }
        };
    }

    private static String text(Map<String, FilterMeta> filterBy) {
        var filter = filterBy.get("globalFilter");
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }

    private static RequirementStatus status(Map<String, FilterMeta> filterBy) {
        var filter = filterBy.get("status");
        if (filter == null || filter.getFilterValue() == null || filter.getFilterValue().toString().isBlank()) {
            return null;
        }
        try {
            return RequirementStatus.valueOf(filter.getFilterValue().toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LazyDataModel<RequirementSummary> getRows() {
        return rows;
    }

    public RequirementStatus[] getStatuses() {
        return RequirementStatus.values();
    }
}
