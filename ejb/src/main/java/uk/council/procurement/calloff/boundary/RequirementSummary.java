package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import uk.council.procurement.calloff.entity.RequirementStatus;

/** A requirement as the list shows it: no invitations loaded, only how many were sent and answered. */
public record RequirementSummary(String reference, RequirementStatus status, String statusLabel, String dpsReference,
        String lotCode, String lotTitle, String personReference, String postcode, LocalDate startDate,
        String urgencyLabel, BigDecimal weeklyBudget, Instant offerDeadline, Instant raisedAt, long invited,
        long answered) {
}
