package uk.council.procurement.web.calloff;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import uk.council.procurement.calloff.boundary.RequirementSummary;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.web.faces.SearchedPages;

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
        rows = SearchedPages.of((text, status, first, max) -> requirements.list(text, status, first, max),
                RequirementStatus.class, RequirementSummary::reference);
    }

    public LazyDataModel<RequirementSummary> getRows() {
        return rows;
    }

    public RequirementStatus[] getStatuses() {
        return RequirementStatus.values();
    }
}
