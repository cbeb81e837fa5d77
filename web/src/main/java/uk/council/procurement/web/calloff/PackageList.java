package uk.council.procurement.web.calloff;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import uk.council.procurement.calloff.boundary.PackageSummary;
import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.entity.PackageStatus;
import uk.council.procurement.web.faces.SearchedPages;

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
        rows = SearchedPages.of((text, status, first, max) -> packages.list(text, status, first, max), PackageStatus.class,
                PackageSummary::reference);
    }

    public LazyDataModel<PackageSummary> getRows() {
        return rows;
    }

    public PackageStatus[] getStatuses() {
        return PackageStatus.values();
    }
}
