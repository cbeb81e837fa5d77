package uk.council.procurement.calloff.boundary;

import java.time.Instant;

import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.Requirement;

/** Entities to the records the boundary hands out; the only place that decides what each party sees. */
final class CallOffViews {

    private CallOffViews() {
    }

    static RequirementView requirement(Requirement r, Instant now) {
        var lot = r.getLot();
        return new RequirementView(r.getReference(), r.getVersion(), r.getStatus(), r.getStatus().label(),
                lot.getDps().getReference(), lot.getId(), lot.getCode(), lot.getTitle(), r.getPersonReference(), r.getNeeds(),
                r.getPostcode(), r.getStartDate(), r.getUrgency(), r.getUrgency().label(), r.getWeeklyBudget(),
                r.getOfferDeadline(), r.isSealed(), r.getRaisedBy(), r.getRaisedAt(), r.getIssuedBy(), r.getIssuedAt(),
                r.getClosedAt(), r.getCancelledBy(), r.getCancelledAt(), r.getCancellationReason(),
                r.getInvitations().stream().map(i -> new RequirementView.InvitationRow(i.getId(), i.getProviderName(),
                        i.getLocationCode(), i.getLocationName(), i.getRatingAtIssue() == null ? null : i.getRatingAtIssue().label(),
                        i.getStatus(), i.getStatus().label(), i.getAnsweredAt())).toList());
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
                i.getAnsweredAt());
    }
}
