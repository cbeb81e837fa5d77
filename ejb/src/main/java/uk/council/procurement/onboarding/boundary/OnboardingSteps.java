package uk.council.procurement.onboarding.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.notifications.boundary.Notifications;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.security.Roles;

/**
 * The automatic steps of the onboarding process, called by its delegates (often on the engine's
 * own threads, where there is no user, hence PermitAll). They take only an application id from the
 * process and decide nothing a person should decide; no screen or API reaches them.
 */
@Stateless
@PermitAll
public class OnboardingSteps {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Notifications notifications;

    @Inject
    Clock clock;

    /** Checks ratings against each lot's policy and documents against the due date. */
    public void check(Long applicationId) {
        var application = load(applicationId);
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            return; // a retried job after a successful run: nothing to do
        }
        application.recordChecks(LocalDate.now(clock));
        audit.record(Applications.SUBJECT, application.getReference(), "CHECKED", null,
                application.getCheckFindings() + " " + application.getLots().stream()
                        .map(l -> l.getLot().getCode() + ": suggest " + l.getSuggestedOutcome().label().toLowerCase(Locale.UK))
                        .collect(Collectors.joining("; ")));
    }

    /** The decision is nearly due: tell the commissioning leads (and officers) so it is not missed. */
    public void warnOfDeadline(Long applicationId) {
        var application = load(applicationId);
        if (!ApplicationStatus.UNDECIDED.contains(application.getStatus())) {
            return;
        }
        String message = "Decision on " + application.getReference() + " (" + application.getProvider().getName()
                + ") is due by " + UkFormat.date(application.getDueDate()) + "; it is "
                + application.getStatus().label().toLowerCase(Locale.UK) + ".";
        notifications.notifyRole(Roles.COMMISSIONING_LEAD, application.getReference(), message);
        notifications.notifyRole(Roles.PROCUREMENT_OFFICER, application.getReference(), message);
        audit.record(Applications.SUBJECT, application.getReference(), "DEADLINE_WARNING", null, message);
    }

    /** The agreement is accepted: the admissions take effect. */
    public void admit(Long applicationId) {
        var application = load(applicationId);
        if (application.getStatus() == ApplicationStatus.ADMITTED) {
            return;
        }
        var admissions = application.admit(LocalDate.now(clock));
        admissions.forEach(em::persist);
        String lots = admissions.stream()
                .map(a -> a.getLot().getCode() + " (" + a.getStatus().label().toLowerCase(Locale.UK) + ")")
                .collect(Collectors.joining(", "));
        audit.record(Applications.SUBJECT, application.getReference(), "ADMITTED", null, "Admitted to " + lots);
        notifications.notifyProvider(application.getProvider().getId(), application.getReference(),
                "Welcome to " + application.getDps().getReference() + ": admitted to " + lots + ".");
    }

    private Application load(Long id) {
        var application = id == null ? null : em.find(Application.class, id);
        if (application == null) {
            throw new RecordNotFound("Application with id", id);
        }
        return application;
    }
}
