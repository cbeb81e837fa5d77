package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What an officer says of a requirement when raising or changing it. */
public record RequirementDetails(String personReference, String needs, String postcode, LocalDate startDate,
        Urgency urgency, BigDecimal weeklyBudget, Instant offerDeadline) {
}
