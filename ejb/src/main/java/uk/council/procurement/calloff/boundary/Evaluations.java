package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.control.CallOffWorkflow;
import uk.council.procurement.calloff.entity.CallOffContract;
import uk.council.procurement.calloff.entity.Evaluation;
import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.Texts;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * What happens to a requirement's offers once unsealed: the evaluation table (scores and ranking by
 * the rules of {@link Evaluation}), officers' marks for outcome answers, the award an officer proposes,
 * a commissioning lead's approval above the lot's threshold (never by the proposer), and ending a
 * competition without an award. Every decision is recorded with who, when and why.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class Evaluations {

    private static final String WHAT = "Requirement";

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

    /** The evaluation table: refused while the offers are sealed. */
    public EvaluationView table(String reference) {
        var requirement = loadUnsealed(reference);
        return view(requirement, offersOf(requirement));
    }

    /** An officer marks one offer's answer to an outcome question, 0 to 5. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public EvaluationView mark(String reference, Long invitationId, long version, Integer position, Integer mark) {
        if (position == null) {
            throw new InvalidInput("position", "Say which question is marked");
        }
        if (mark == null) {
            throw new InvalidInput("mark", "Give a mark from 0 to 5");
        }
        if (invitationId == null) {
            throw new InvalidInput("invitationId", "Say which offer is marked");
        }
        var requirement = loadUnsealed(reference);
        var invitations = offersOf(requirement);
        var invitation = invitations.stream().filter(i -> i.getId().equals(invitationId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Offer", invitationId));
        invitation.mark(position, mark, currentUser.username(), clock.instant());
        Versions.expect(invitation.getVersion(), version, "Offer", invitationId);
        // A mark changes the ranking: a proposal made on the table as it was before is refused as stale.
        em.lock(requirement, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Versions.flush(em, "Offer", invitationId);
        decisions.of(Requirements.SUBJECT, reference, "ANSWER_MARKED").as(Roles.PROCUREMENT_OFFICER)
                .details(invitation.getProviderName() + ", " + invitation.getLocationName() + ": question " + (position + 1)
                        + " marked " + mark + " of 5")
                .record();
        return view(requirement, invitations);
    }

    /**
     * Proposes the award to one offer once every outcome answer is marked. An offer other than the one
     * ranked first needs a reason. Above the lot's approval threshold (annual value = weekly price ×
     * 52.14) a commissioning lead approves; otherwise the winner is asked to confirm at once.
     */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public RequirementView proposeAward(String reference, long version, Long invitationId, String reason) {
        if (invitationId == null) {
            throw new InvalidInput("invitationId", "Choose the offer to award");
        }
        String why = Texts.optional("reason", reason);
        var requirement = loadUnsealed(reference);
        var invitations = offersOf(requirement);
        var scores = scores(requirement, invitations);
        var winner = invitations.stream().filter(i -> i.getId().equals(invitationId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Offer", invitationId));
        var score = scores.get(invitationId);
        if (score == null) {
            throw new WrongState(winner.getProviderName() + " (" + winner.getLocationName() + ") has no standing offer.");
        }
        if (score.excluded()) {
            throw new RuleViolation(winner.getProviderName() + "'s offer is excluded: " + score.exclusion() + ".");
        }
        long unmarked = scores.values().stream().filter(s -> !s.excluded()).mapToLong(Evaluation.Score::unmarked).sum();
        if (unmarked > 0) {
            throw new RuleViolation("Mark every outcome answer before proposing an award (" + unmarked
                    + (unmarked == 1 ? " is" : " are") + " not marked yet).");
        }
        standing.requireActive(winner);
        if (score.rank() != 1 && why == null) {
            throw new InvalidInput("reason", "Say why the offer ranked first is not the one awarded");
        }
        BigDecimal annual = CallOffContract.annualValue(winner.getWeeklyPrice());
        var threshold = requirement.effectiveApprovalThreshold();
        boolean needsApproval = annual.compareTo(threshold) > 0;
        var now = clock.instant();
        requirement.proposeAward(winner, why, annual, needsApproval, currentUser.username(), now);
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        if (!needsApproval && workflow.lapsesAwards(requirement)) {
            requirement.awaitAnswerUntil(workflow.confirmationDue(now));
        }
        invitations.forEach(i -> {
            var s = scores.get(i.getId());
            i.recordFinalRank(s == null ? null : s.rank());
        });
        Versions.flush(em, WHAT, reference);
        var decision = decisions.of(Requirements.SUBJECT, reference, "AWARD_PROPOSED").as(Roles.PROCUREMENT_OFFICER)
                .because(why)
                .details("To " + winner.getProviderName() + " (" + winner.getLocationName() + "), ranked " + score.rank()
                        + " with " + score.total() + " points: " + UkFormat.money(winner.getWeeklyPrice()) + " a week, "
                        + UkFormat.money(annual) + " a year; "
                        + (needsApproval ? "above the lot's approval threshold of " + UkFormat.money(threshold)
                                + ", so a commissioning lead approves"
                                : "within the lot's approval threshold of " + UkFormat.money(threshold)));
        if (needsApproval) {
            decision.tellRole(Roles.COMMISSIONING_LEAD, reference, "Award of " + reference + " to "
                    + winner.getProviderName() + " (" + UkFormat.money(annual) + " a year) awaits your approval.");
        } else {
            askWinner(decision, requirement, winner);
        }
        decision.record();
        workflow.proposed(requirement, currentUser.username(), needsApproval);
        return CallOffViews.requirement(requirement, now);
    }

    /** A commissioning lead, not the proposer, approves the award; the winner is asked to confirm. */
    @RolesAllowed(Roles.COMMISSIONING_LEAD)
    public RequirementView approveAward(String reference, long version, String note) {
        String why = Texts.optional("note", note);
        var requirement = load(reference);
        requirement.approveAward(currentUser.username(), clock.instant());
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        if (workflow.lapsesAwards(requirement)) {
            requirement.awaitAnswerUntil(workflow.confirmationDue(clock.instant()));
        }
        Versions.flush(em, WHAT, reference);
        var winner = requirement.getAward();
        var decision = decisions.of(Requirements.SUBJECT, reference, "AWARD_APPROVED").as(Roles.COMMISSIONING_LEAD)
                .because(why).details("Award to " + winner.getProviderName() + " (" + UkFormat.money(
                        requirement.getAwardAnnualValue()) + " a year) proposed by " + requirement.getAwardProposedBy());
        askWinner(decision, requirement, winner);
        decision.record();
        workflow.decided(requirement, currentUser.username(), true);
        return CallOffViews.requirement(requirement, clock.instant());
    }

    /** A commissioning lead, not the proposer, returns the proposal with a reason; officers evaluate again. */
    @RolesAllowed(Roles.COMMISSIONING_LEAD)
    public RequirementView returnAward(String reference, long version, String reason) {
        String why = Texts.required("reason", reason, 1, "Say why the award is returned");
        var requirement = load(reference);
        var proposedTo = requirement.getAward() == null ? null : requirement.getAward().getProviderName();
        requirement.returnAward(currentUser.username());
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        decisions.of(Requirements.SUBJECT, reference, "AWARD_RETURNED").as(Roles.COMMISSIONING_LEAD).because(why)
                .details("Proposed award to " + proposedTo + " returned to the officers")
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, "The award of " + reference + " was returned: " + why)
                .record();
        workflow.decided(requirement, currentUser.username(), false);
        return CallOffViews.requirement(requirement, clock.instant());
    }

    /**
     * Ends the competition without an award, with the reason (no offers, none acceptable, the winner
     * withdrew): for instance a re-issue with a wider area or a longer deadline, or a spot purchase
     * off the DPS, which the reason records. Providers that offered are told.
     */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public RequirementView endWithoutAward(String reference, long version, String reason) {
        String why = Texts.required("reason", reason, 1, "Say why there is no award and what happens instead");
        var requirement = load(reference);
        requirement.endWithoutAward(why, currentUser.username(), clock.instant());
        Versions.expect(requirement.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        var decision = decisions.of(Requirements.SUBJECT, reference, "CLOSED_WITHOUT_AWARD")
                .as(Roles.PROCUREMENT_OFFICER).because(why);
        requirement.getInvitations().stream()
                .filter(i -> i.getStatus() == InvitationStatus.OFFERED || i.getStatus() == InvitationStatus.AWARD_DECLINED)
                .map(i -> i.getProvider().getId()).distinct()
                .forEach(p -> decision.tellProvider(p, reference, "Requirement " + reference
                        + " was closed without an award."));
        decision.record();
        workflow.ended(requirement, currentUser.username());
        return CallOffViews.requirement(requirement, clock.instant());
    }

    private static void askWinner(Decisions.Builder decision, Requirement requirement, Invitation winner) {
        decision.tellProvider(winner.getProvider().getId(), requirement.getReference(), "Your offer for "
                + requirement.getReference() + " (" + winner.getLocationName() + ", " + UkFormat.money(winner.getWeeklyPrice())
                + " a week from " + UkFormat.date(winner.getEarliestStart())
                + ") was chosen: confirm or decline the award in the portal"
                + (requirement.getConfirmBy() == null ? "." : " by " + UkFormat.dateTime(requirement.getConfirmBy()) + "."));
    }

    static Map<Long, Evaluation.Score> scores(Requirement requirement, List<Invitation> invitations) {
        var offered = invitations.stream().filter(i -> i.getStatus() == InvitationStatus.OFFERED).toList();
        var result = Evaluation.of(requirement.getCriteria(), requirement.effectiveQualityWeight(), offered.stream()
                .map(i -> new Evaluation.Offer(i.getId(), i.getWeeklyPrice(), i.getAnsweredAt(), i.getAnswers())).toList());
        var byId = new HashMap<Long, Evaluation.Score>();
        result.forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private EvaluationView view(Requirement requirement, List<Invitation> invitations) {
        var scores = scores(requirement, invitations);
        var rows = invitations.stream().map(i -> {
            var s = scores.get(i.getId());
            return new EvaluationView.Row(i.getId(), i.getVersion(), i.getProviderName(), i.getLocationCode(),
                    i.getLocationName(), i.getRatingAtIssue() == null ? null : i.getRatingAtIssue().label(), i.getStatus(),
                    i.getStatus().label(), i.getWeeklyPrice(),
                    i.getWeeklyPrice() == null ? null : CallOffContract.annualValue(i.getWeeklyPrice()),
                    i.getEarliestStart(), i.getOfferNote(), i.getDeclineReason(), CallOffViews.answers(i, true),
                    s == null ? null : s.exclusion(), s == null ? null : s.quality(), s == null ? null : s.price(),
                    s == null ? null : s.total(), s == null ? null : s.rank(), s == null ? 0 : s.unmarked(),
                    i.getAnsweredAt());
        }).sorted(java.util.Comparator.comparing((EvaluationView.Row r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.exclusion() == null ? 0 : 1).thenComparing(EvaluationView.Row::providerName)
                .thenComparing(EvaluationView.Row::locationName)).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)); // a mutable list: sortable tables sort it in place
        boolean complete = scores.values().stream().filter(s -> !s.excluded()).allMatch(s -> s.unmarked() == 0);
        int qw = requirement.effectiveQualityWeight();
        return new EvaluationView(requirement.getReference(), requirement.getVersion(), requirement.getStatus(),
                requirement.getStatus().label(), qw, 100 - qw, requirement.effectiveApprovalThreshold(),
                CallOffViews.criteria(requirement), rows, complete, scores.size());
    }

    /** Every invitation with its answers, in one query (no query per offer). */
    private List<Invitation> offersOf(Requirement requirement) {
        return em.createQuery("select distinct i from Invitation i left join fetch i.answers "
                        + "where i.requirement = :requirement", Invitation.class)
                .setParameter("requirement", requirement).getResultList();
    }

    private Requirement loadUnsealed(String reference) {
        var requirement = load(reference);
        requirement.requireUnsealed();
        return requirement;
    }

    private Requirement load(String reference) {
        return Requirements.load(em, reference);
    }
}
