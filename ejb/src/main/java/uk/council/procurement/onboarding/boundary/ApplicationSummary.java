package uk.council.procurement.onboarding.boundary;

import java.time.Instant;
import java.time.LocalDate;

import uk.council.procurement.onboarding.entity.ApplicationStatus;

/** A row of an application list; {@code needsAttention} is why its process is stuck, if it is (staff only). */
public record ApplicationSummary(String reference, long version, ApplicationStatus status, String statusLabel,
        String dpsReference, String dpsTitle, Long providerId, String providerName, long lotCount,
        Instant createdAt, Instant submittedAt, LocalDate dueDate, boolean deadlineExtended, boolean overdue,
        String needsAttention) {
}
