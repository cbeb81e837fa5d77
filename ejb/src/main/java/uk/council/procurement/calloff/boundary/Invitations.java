package uk.council.procurement.calloff.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.control.CallOffWorkflow;
import uk.council.procurement.calloff.entity.CallOffContract;
import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Texts;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * A provider's invitations and answers: its own organisation's only (another's is "not found"). An
 * offer can be made, changed or withdrawn (declined) until the deadline; after it nothing is taken.
 * The decision log records that an answer was given, never its content, which stays sealed.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class Invitations {

    private static final String WHAT = "Invitation";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Decisions decisions;

    @Inject
    CallOffWorkflow workflow;

    @Inject
    uk.council.procurement.calloff.control.Standing standing;

    @Inject
    Clock clock;

    /** The organisation's invitations, latest deadline first. */
    public List<InvitationView> mine() {
        var provider = currentUser.providerId().orElse(-1L);
        var now = clock.instant();
        return em.createQuery("select i from Invitation i join fetch i.requirement r join fetch r.lot l join fetch l.dps "
                        + "where i.provider.id = :provider order by r.offerDeadline desc, i.id", Invitation.class)
                .setParameter("provider", provider).setMaxResults(500).getResultList().stream()
                .map(i -> CallOffViews.invitation(i, now)).toList();
    }

    public InvitationView find(Long id) {
        return CallOffViews.invitation(load(id), clock.instant());
    }

    /** Makes or changes the offer of one invited location. */
    public InvitationView offer(Long id, long version, OfferDetails offer) {
        if (offer == null) {
            throw new InvalidInput("", "Give the weekly price and earliest start");
        }
        var invitation = loadForAnswer(id);
        invitation.offer(offer.weeklyPrice(), offer.earliestStart(), Texts.optional("note", offer.note()),
                offer.answers(), currentUser.username(), clock.instant());
        Versions.expect(invitation.getVersion(), version, WHAT, id);
        Versions.flush(em, WHAT, id);
        decisions.of(Requirements.SUBJECT, invitation.getRequirement().getReference(), "OFFER_MADE").as(Roles.PROVIDER)
                .details(invitation.getProviderName() + " answered for " + invitation.getLocationName() + " (sealed)")
                .record();
        return CallOffViews.invitation(invitation, clock.instant());
    }

    /** Declines the invitation, or withdraws the offer made, with a reason (sealed like an offer). */
    public InvitationView decline(Long id, long version, String reason) {
        String why = Texts.required("reason", reason, 1, "Say why you decline");
        var invitation = loadForAnswer(id);
        invitation.decline(why, currentUser.username(), clock.instant());
        Versions.expect(invitation.getVersion(), version, WHAT, id);
        Versions.flush(em, WHAT, id);
        decisions.of(Requirements.SUBJECT, invitation.getRequirement().getReference(), "DECLINED").as(Roles.PROVIDER)
                .details(invitation.getProviderName() + " declined for " + invitation.getLocationName())
                .record();
        return CallOffViews.invitation(invitation, clock.instant());
    }

    /**
     * The winner confirms the award: the requirement is awarded and its call-off contract created in
     * the same transaction; the officers are told, and every other provider that offered learns the
     * outcome and its offer's rank.
     */
    public InvitationView confirmAward(Long id, long version) {
        var invitation = loadForAwardAnswer(id);
        var now = clock.instant();
        invitation.confirmAward(currentUser.username(), now);
        standing.requireActive(invitation);
        Versions.expect(invitation.getVersion(), version, WHAT, id);
        var requirement = invitation.getRequirement();
        var contract = new CallOffContract(requirement, now);
        em.persist(contract);
        contract.assignReference(java.time.LocalDate.now(clock).getYear());
        Versions.flush(em, WHAT, id);
        String reference = requirement.getReference();
        var decision = decisions.of(Requirements.SUBJECT, reference, "AWARD_CONFIRMED").as(Roles.PROVIDER)
                .details(invitation.getProviderName() + " confirmed for " + invitation.getLocationName() + ": contract "
                        + contract.getReference() + ", " + UkFormat.money(contract.getWeeklyPrice()) + " a week ("
                        + UkFormat.money(contract.getAnnualValue()) + " a year) from " + UkFormat.date(contract.getStartDate()))
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, invitation.getProviderName() + " confirmed the award of "
                        + reference + ": contract " + contract.getReference() + ".");
        long ranked = requirement.getInvitations().stream().filter(i -> i.getFinalRank() != null).count();
        requirement.getInvitations().stream()
                .filter(i -> i.getStatus() == InvitationStatus.OFFERED && !i.getId().equals(invitation.getId()))
                .forEach(i -> decision.tellProvider(i.getProvider().getId(), reference, "Requirement " + reference
                        + " was awarded to another offer. Your offer for " + i.getLocationName()
                        + (i.getFinalRank() == null ? " was excluded." : " ranked " + i.getFinalRank() + " of " + ranked + ".")));
        decision.record();
        workflow.awardAnswered(requirement, true);
        return CallOffViews.invitation(invitation, now);
    }

    /** The winner declines the award with a reason; the officers choose again or end the competition. */
    public InvitationView declineAward(Long id, long version, String reason) {
        String why = Texts.required("reason", reason, 1, "Say why you decline the award");
        var invitation = loadForAwardAnswer(id);
        var now = clock.instant();
        invitation.declineAward(why, currentUser.username(), now);
        Versions.expect(invitation.getVersion(), version, WHAT, id);
        Versions.flush(em, WHAT, id);
        var requirement = invitation.getRequirement();
        decisions.of(Requirements.SUBJECT, requirement.getReference(), "AWARD_DECLINED").as(Roles.PROVIDER).because(why)
                .details(invitation.getProviderName() + " declined the award for " + invitation.getLocationName())
                .tellRole(Roles.PROCUREMENT_OFFICER, requirement.getReference(), invitation.getProviderName()
                        + " declined the award of " + requirement.getReference() + ": " + why + ". Choose again.")
                .record();
        workflow.awardAnswered(requirement, false);
        return CallOffViews.invitation(invitation, now);
    }

    /**
     * The invitation, with its requirement read again under a shared lock: closing the offers (which
     * updates the requirement) waits for answers in flight, and an answer after it sees offers closed.
     */
    private Invitation loadForAnswer(Long id) {
        var invitation = load(id);
        em.refresh(invitation.getRequirement(), jakarta.persistence.LockModeType.PESSIMISTIC_READ);
        return invitation;
    }

    /**
     * The invitation, with its requirement locked: the award's lapse at the time to confirm locks it
     * too, so of an answer and the lapse at the same moment one goes first and the other sees it.
     */
    private Invitation loadForAwardAnswer(Long id) {
        var invitation = load(id);
        em.refresh(invitation.getRequirement(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return invitation;
    }

    private Invitation load(Long id) {
        if (id == null) {
            throw new InvalidInput("id", "Invitation id is required");
        }
        var invitation = em.createQuery("select i from Invitation i join fetch i.requirement r join fetch r.lot l "
                        + "join fetch l.dps where i.id = :id", Invitation.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        Long mine = currentUser.providerId().orElse(null);
        if (invitation == null || mine == null || !mine.equals(invitation.getProvider().getId())) {
            throw new RecordNotFound(WHAT, id); // another organisation's invitation does not exist for this one
        }
        return invitation;
    }
}
