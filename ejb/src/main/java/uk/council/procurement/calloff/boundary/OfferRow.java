package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import uk.council.procurement.calloff.entity.InvitationStatus;

/** An invited location's answer as officers read it once offers are unsealed. */
public record OfferRow(Long invitationId, String providerName, String locationCode, String locationName,
        InvitationStatus status, String statusLabel, BigDecimal weeklyPrice, LocalDate earliestStart, String note,
        String declineReason, Instant answeredAt) {
}
