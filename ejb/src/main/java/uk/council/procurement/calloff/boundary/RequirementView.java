package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.calloff.entity.Urgency;

/**
 * A requirement as council staff see it: who was invited and whether each has answered, never what
 * they offered (see {@link OfferRow}, readable once the offers are unsealed).
 */
public record RequirementView(String reference, long version, RequirementStatus status, String statusLabel,
        String dpsReference, Long lotId, String lotCode, String lotTitle, String personReference, String needs,
        String postcode, LocalDate startDate, Urgency urgency, String urgencyLabel, BigDecimal weeklyBudget,
        Instant offerDeadline, boolean sealed, String raisedBy, Instant raisedAt, String issuedBy, Instant issuedAt,
        Instant closedAt, String cancelledBy, Instant cancelledAt, String cancellationReason,
        List<InvitationRow> invitations, List<CriterionView> criteria, int qualityWeight, Award award, String endedBy,
        Instant endedAt, String endReason, String contractReference, Integer maxDistanceKm, String distanceNote,
        String careSetting, List<VisitView> schedule, BigDecimal weeklyCareHours) {

    /** The award proposed (and approved, and confirmed) so far; null while there is none. */
    public record Award(Long invitationId, String providerName, String locationName, BigDecimal weeklyPrice,
            BigDecimal annualValue, boolean needsApproval, String proposedBy, Instant proposedAt, String reason,
            String approvedBy, Instant approvedAt, Instant awardedAt, Instant confirmBy) {
    }

    /** One invited location and whether it has answered; no price, no answer's content. */
    public record InvitationRow(Long id, String providerName, String locationCode, String locationName, String rating,
            InvitationStatus status, String statusLabel, Instant answeredAt, BigDecimal distanceKm) {
    }
}
