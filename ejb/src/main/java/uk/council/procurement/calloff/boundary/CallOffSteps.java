package uk.council.procurement.calloff.boundary;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;

/**
 * The automatic steps of the call-off process, called by its delegates on the engine's threads (no
 * user, hence PermitAll). They take only a requirement id from the process; no screen or API reaches them.
 */
@Stateless
@PermitAll
public class CallOffSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /**
     * The deadline has passed: offers are unsealed, unanswered invitations end, officers are told.
     *
     * @return how many offers stand, for the process to choose between evaluation and "no offers"
     */
    public long closeOffers(Long requirementId) {
        var requirement = em.find(Requirement.class, requirementId);
        if (requirement == null) {
            return 0;
        }
        if (requirement.getStatus() != RequirementStatus.ISSUED) {
            return count(requirement, InvitationStatus.OFFERED); // cancelled meanwhile, or a retried job after a run
        }
        requirement.closeOffers(clock.instant());
        long offers = count(requirement, InvitationStatus.OFFERED);
        long declined = count(requirement, InvitationStatus.DECLINED);
        long silent = count(requirement, InvitationStatus.NO_ANSWER);
        String summary = offers + (offers == 1 ? " offer" : " offers") + ", " + declined + " declined, " + silent
                + " without an answer";
        decisions.of(Requirements.SUBJECT, requirement.getReference(), "OFFERS_CLOSED").details(summary)
                .tellRole(Roles.PROCUREMENT_OFFICER, requirement.getReference(), "Offers for " + requirement.getReference()
                        + " closed: " + summary + ". Evaluate them.")
                .record();
        return offers;
    }

    private static long count(Requirement requirement, InvitationStatus status) {
        return requirement.getInvitations().stream().filter(i -> i.getStatus() == status).count();
    }
}
