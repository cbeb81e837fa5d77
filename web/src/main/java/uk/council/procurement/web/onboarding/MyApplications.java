package uk.council.procurement.web.onboarding;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.dps.boundary.DpsRegister;
import uk.council.procurement.dps.boundary.DpsSummary;
import uk.council.procurement.notifications.boundary.Notifications;
import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.onboarding.boundary.ApplicationQuery;
import uk.council.procurement.onboarding.boundary.ApplicationSummary;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.web.faces.Messages;

/** A provider's home (onboarding/my-applications.xhtml): news, its applications, DPSs open to apply to. */
@Named
@ViewScoped
public class MyApplications implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Applications applications;

    @EJB
    transient DpsRegister register;

    @EJB
    transient Notifications notifications;

    @EJB
    transient Admissions admissions;

    private List<ApplicationSummary> mine;
    private List<DpsSummary> open;
    private List<Notifications.Message> messages;
    private List<Admissions.AdmissionView> admitted;
    private Map<String, ApplicationSummary> inProgress;

    @PostConstruct
    void load() {
        mine = applications.search(new ApplicationQuery(null, null, null, false, "createdAt", false, 0, 200)).rows();
        open = register.list().stream().filter(DpsSummary::acceptingApplications).toList();
        messages = notifications.forCurrentUser();
        admitted = admissions.mine();
        inProgress = new java.util.HashMap<>();
        mine.stream().filter(a -> !ApplicationStatus.FINISHED.contains(a.status()))
                .forEach(a -> inProgress.putIfAbsent(a.dpsReference(), a));
    }

    /** Starts a draft application to the DPS and opens the wizard on it. */
    public String apply(String dpsReference) {
        var started = Messages.attempt(() -> applications.start(dpsReference), Map.of());
        return started == null ? null : "/onboarding/apply?faces-redirect=true&ref=" + started.reference();
    }

    /**
     * The caller's application to a DPS that is still going (a draft, or not yet admitted, rejected or
     * withdrawn), so that the page offers to continue it instead of starting another (which would be refused).
     */
    public ApplicationSummary inProgress(String dpsReference) {
        return inProgress.get(dpsReference);
    }

    public List<ApplicationSummary> getMine() {
        return mine;
    }

    public List<DpsSummary> getOpen() {
        return open;
    }

    public List<Admissions.AdmissionView> getAdmitted() {
        return admitted;
    }

    public List<Notifications.Message> getMessages() {
        return messages;
    }
}
