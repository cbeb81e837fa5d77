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

import uk.council.procurement.membership.control.Membership;
import uk.council.procurement.platform.events.Decisions;
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

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    @Inject
    Membership membership;

    /** Checks ratings against each lot's policy and documents against the due date. */
    public void check(Long applicationId) {
        var application = load(applicationId);
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            return; // a retried job after a successful run: nothing to do
        }
        application.recordChecks(LocalDate.now(clock));
        decisions.of(Applications.SUBJECT, application.getReference(), "CHECKED")
                .details(application.getCheckFindings() + " " + application.getLots().stream()
                        .map(l -> l.getLot().getCode() + ": suggest " + l.getSuggestedOutcome().label().toLowerCase(Locale.UK))
                        .collect(Collectors.joining("; ")))
                .record();
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
        decisions.of(Applications.SUBJECT, application.getReference(), "DEADLINE_WARNING").details(message)
                .tellRole(Roles.COMMISSIONING_LEAD, application.getReference(), message)
                .tellRole(Roles.PROCUREMENT_OFFICER, application.getReference(), message)
                .record();
    }

    /** The agreement is accepted: the admissions take effect. */
    public void admit(Long applicationId) {
        var application = load(applicationId);
        if (application.getStatus() == ApplicationStatus.ADMITTED) {
            return;
        }
        var admissions = membership.admit(application);
        String lots = admissions.stream()
                .map(a -> a.getLot().getCode() + " (" + a.getStatus().label().toLowerCase(Locale.UK) + ")")
                .collect(Collectors.joining(", "));
        decisions.of(Applications.SUBJECT, application.getReference(), "ADMITTED").details("Admitted to " + lots)
                .tellProvider(application.getProvider().getId(), application.getReference(),
                        "Welcome to " + application.getDps().getReference() + ": admitted to " + lots + ".")
                .record();
    }

    private Application load(Long id) {
        var application = id == null ? null : em.find(Application.class, id);
        if (application == null) {
            throw new RecordNotFound("Application with id", id);
        }
        return application;
    }
}
