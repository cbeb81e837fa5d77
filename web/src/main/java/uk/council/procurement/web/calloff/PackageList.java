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

import uk.council.procurement.calloff.boundary.PackageSummary;
import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.entity.PackageStatus;

/** Care-at-home packages for council staff (calloff/packages.xhtml), newest first, searched, filtered and paged in the database. */
@Named
@ViewScoped
public class PackageList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Packages packages;

    private LazyDataModel<PackageSummary> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) packages.list(text(filterBy), status(filterBy), 0, 1).total();
            }

            @Override
            public List<PackageSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                var page = packages.list(text(filterBy), status(filterBy), first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(PackageSummary row) {
                return row.reference();
            }
        };
    }

    private static String text(Map<String, FilterMeta> filterBy) {
        var filter = filterBy.get("globalFilter");
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }

    private static PackageStatus status(Map<String, FilterMeta> filterBy) {
        var filter = filterBy.get("status");
        if (filter == null || filter.getFilterValue() == null || filter.getFilterValue().toString().isBlank()) {
            return null;
        }
        try {
            return PackageStatus.valueOf(filter.getFilterValue().toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LazyDataModel<PackageSummary> getRows() {
        return rows;
    }

    public PackageStatus[] getStatuses() {
        return PackageStatus.values();
    }
}
