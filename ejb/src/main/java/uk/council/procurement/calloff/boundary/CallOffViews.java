package uk.council.procurement.calloff.boundary;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import uk.council.procurement.calloff.entity.CallOffContract;
import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.calloff.entity.Visit;
import uk.council.procurement.platform.UkFormat;

/** Entities to the records the boundary hands out; the only place that decides what each party sees. */
final class CallOffViews {

    private CallOffViews() {
    }

    static RequirementView requirement(Requirement r, Instant now) {
        return requirement(r, now, null);
    }

    static RequirementView requirement(Requirement r, Instant now, String contractReference) {
        var lot = r.getLot();
        return new RequirementView(r.getReference(), r.getVersion(), r.getStatus(), r.getStatus().label(),
                lot.getDps().getReference(), lot.getId(), lot.getCode(), lot.getTitle(), r.getPersonReference(), r.getNeeds(),
                r.getPostcode(), r.getStartDate(), r.getUrgency(), r.getUrgency().label(), r.getWeeklyBudget(),
                r.getOfferDeadline(), r.isSealed(), r.getRaisedBy(), r.getRaisedAt(), r.getIssuedBy(), r.getIssuedAt(),
                r.getClosedAt(), r.getCancelledBy(), r.getCancelledAt(), r.getCancellationReason(),
                r.getInvitations().stream().map(i -> new RequirementView.InvitationRow(i.getId(), i.getProviderName(),
                        i.getLocationCode(), i.getLocationName(), i.getRatingAtIssue() == null ? null : i.getRatingAtIssue().label(),
                        i.getStatus(), i.getStatus().label(), i.getAnsweredAt(), i.getDistanceKm())).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)), // sorted in place by the page
                criteria(r), r.effectiveQualityWeight(), award(r), r.getEndedBy(), r.getEndedAt(), r.getEndReason(),
                contractReference, r.getMaxDistanceKm(), r.getDistanceNote(), r.getLot().getCareSetting().name(),
                VisitView.of(r.getSchedule()), r.getSchedule().isEmpty() ? null : Visit.weeklyHours(r.getSchedule()));
    }

    static List<CriterionView> criteria(Requirement r) {
        return criteria(r.getCriteria());
    }

    static List<CriterionView> criteria(List<uk.council.procurement.calloff.entity.Criterion> list) {
        return IntStream.range(0, list.size()).mapToObj(n -> {
            var c = list.get(n);
            return new CriterionView(n, c.getKind(), c.getKind().label(), c.getText(), c.getWeight());
        }).toList();
    }

    /** The answers; officers' marks only for council staff ({@code withMarks}), never for the provider. */
    static List<AnswerView> answers(Invitation i, boolean withMarks) {
        var list = i.getAnswers();
        var criteria = i.getRequirement().getCriteria();
        return IntStream.range(0, Math.min(list.size(), criteria.size())).mapToObj(n -> {
            var a = list.get(n);
            var c = criteria.get(n);
            return new AnswerView(n, c.getKind(), c.getKind().label(), c.getText(), c.getWeight(), a.getMeets(), a.getCapability(),
                    a.getCapability() == null ? null : a.getCapability().label(), a.getText(),
                    withMarks ? a.getMark() : null, withMarks ? a.getMarkedBy() : null, withMarks ? a.getMarkedAt() : null);
        }).toList();
    }

    private static RequirementView.Award award(Requirement r) {
        var w = r.getAward();
        if (w == null) {
            return null;
        }
        return new RequirementView.Award(w.getId(), w.getProviderName(), w.getLocationName(), w.getWeeklyPrice(),
                r.getAwardAnnualValue(), r.isAwardNeedsApproval(), r.getAwardProposedBy(), r.getAwardProposedAt(),
                r.getAwardReason(), r.getAwardApprovedBy(), r.getAwardApprovedAt(), r.getAwardedAt(), r.getConfirmBy());
    }

    static CallOffContractView contract(CallOffContract c, boolean staff) {
        var r = c.getRequirement();
        return new CallOffContractView(c.getReference(), r.getReference(), c.getLot().getDps().getReference(),
                c.getLot().getCode(), c.getLot().getTitle(), c.getProvider().getId(), c.getProviderName(),
                c.getLocationCode(), c.getLocationName(), staff ? c.getPersonReference() : null, c.getWeeklyPrice(),
                c.getAnnualValue(), c.getStartDate(), c.getCreatedAt(), staff ? r.getAwardProposedBy() : null,
                staff ? r.getAwardApprovedBy() : null);
    }

    static OfferRow offer(Invitation i) {
        return new OfferRow(i.getId(), i.getProviderName(), i.getLocationCode(), i.getLocationName(), i.getStatus(),
                i.getStatus().label(), i.getWeeklyPrice(), i.getEarliestStart(), i.getOfferNote(), i.getDeclineReason(),
                i.getAnsweredAt());
    }

    static InvitationView invitation(Invitation i, Instant now) {
        var r = i.getRequirement();
        var lot = r.getLot();
        return new InvitationView(i.getId(), i.getVersion(), r.getReference(), lot.getDps().getReference(), lot.getCode(),
                lot.getTitle(), i.getLocationCode(), i.getLocationName(), r.getPostcode(), r.getNeeds(), r.getStartDate(),
                r.getUrgency().label(), r.getWeeklyBudget(), r.getOfferDeadline(), r.acceptsAnswers(now), i.getStatus(),
                i.getStatus().label(), i.getWeeklyPrice(), i.getEarliestStart(), i.getOfferNote(), i.getDeclineReason(),
                i.getAnsweredAt(), criteria(r), answers(i, false), r.effectiveQualityWeight(), i.awaitsAwardAnswer(),
                outcome(i), VisitView.of(r.getSchedule()),
                r.getSchedule().isEmpty() ? null : Visit.weeklyHours(r.getSchedule()),
                i.awaitsAwardAnswer() ? r.getConfirmBy() : null);
    }

    /** How the competition went for this provider, once decided; never another provider's offer. */
    private static String outcome(Invitation i) {
        var r = i.getRequirement();
        return switch (i.getStatus()) {
            case AWARDED -> "Awarded to you: a call-off contract was created.";
            case AWARD_DECLINED -> "system".equals(i.getAwardAnsweredBy())
                    ? "The award lapsed: it was not confirmed in time (" + i.getAwardDeclineReason() + ")."
                    : "You declined the award.";
            case OFFERED -> switch (r.getStatus()) {
                case AWARDED -> i.getFinalRank() == null ? "Not successful: the requirement was awarded to another offer."
                        : "Not successful: your offer ranked " + i.getFinalRank() + " of " + rankedCount(r) + ".";
                case CLOSED -> "The requirement was closed without an award.";
                case AWAITING_CONFIRMATION -> i.awaitsAwardAnswer() ? "Your offer was chosen: confirm or decline the award"
                        + (r.getConfirmBy() == null ? "." : " by " + UkFormat.dateTime(r.getConfirmBy()) + ".")
                        : "Offers have been evaluated; the outcome will follow.";
                case EVALUATION, AWAITING_APPROVAL -> "Offers are being evaluated.";
                default -> null;
            };
            default -> null;
        };
    }

    private static long rankedCount(Requirement r) {
        return r.getInvitations().stream().filter(x -> x.getFinalRank() != null).count();
    }
}
