package uk.council.procurement.web.onboarding;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.onboarding.boundary.ApplicationSummary;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.entity.ApplicationStatus;

/** Every submitted application, for council staff (onboarding/applications.xhtml). */
@Named
@ViewScoped
public class ApplicationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Applications applications;

    private QueryModel<ApplicationSummary> rows;

    @PostConstruct
    void init() {
        rows = QueryModel.of(query -> applications.search(query), ApplicationSummary::reference);
    }

    public QueryModel<ApplicationSummary> getRows() {
        return rows;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }
}
