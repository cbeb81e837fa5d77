package uk.council.procurement.contracts.boundary;

import java.time.LocalDate;

/** A deed in the legal queue and the provider's list. */
public record DeedSummary(String reference, String status, String statusLabel, String contractReference,
        String dpsReference, String providerName, int months, LocalDate oldExpiry, LocalDate newExpiry, LocalDate dueOn,
        boolean overdue, int revision) {
}
