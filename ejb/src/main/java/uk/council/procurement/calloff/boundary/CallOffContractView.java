package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A call-off contract. The person's reference is shown to council staff only (null for providers). */
public record CallOffContractView(String reference, String requirementReference, String dpsReference, String lotCode,
        String lotTitle, Long providerId, String providerName, String locationCode, String locationName,
        String personReference, BigDecimal weeklyPrice, BigDecimal annualValue, LocalDate startDate, Instant createdAt,
        String proposedBy, String approvedBy) {
}
