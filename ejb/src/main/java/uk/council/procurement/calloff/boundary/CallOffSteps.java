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
import uk.council.procurement.platform.UkFormat;
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

    /**
     * The winner's time to confirm ended without an answer: the award lapses (the offer set aside as
     * declined), the winner and the officers are told, and the officers choose again. The requirement
     * is locked first, so a confirmation at the same moment either commits before (and this does
     * nothing) or is refused after.
     */
    public void lapseAward(Long requirementId) {
        var requirement = em.find(Requirement.class, requirementId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (requirement == null || requirement.getStatus() != RequirementStatus.AWAITING_CONFIRMATION
                || requirement.getAward() == null) {
            return; // answered just before, or cancelled
        }
        var winner = requirement.getAward();
        String due = UkFormat.dateTime(requirement.getConfirmBy());
        winner.lapseAward(clock.instant());
        String reference = requirement.getReference();
        decisions.of(Requirements.SUBJECT, reference, "AWARD_LAPSED")
                .details(winner.getProviderName() + " did not answer the award for " + winner.getLocationName() + " by " + due)
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, winner.getProviderName() + " did not confirm the award of "
                        + reference + " by " + due + ": choose again.")
                .tellProvider(winner.getProvider().getId(), reference, "The award of " + reference + " to your offer for "
                        + winner.getLocationName() + " lapsed: it was not confirmed by " + due + ".")
                .record();
    }

    private static long count(Requirement requirement, InvitationStatus status) {
        return requirement.getInvitations().stream().filter(i -> i.getStatus() == status).count();
    }
}
