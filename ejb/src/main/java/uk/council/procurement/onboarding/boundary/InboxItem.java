package uk.council.procurement.onboarding.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** An open task of the caller's role, with the application it is about and who is working on it, if anyone. */
public record InboxItem(String taskId, String taskKey, String taskName, Instant taskCreated, String assignee,
        String assigneeName,
        String reference, long version, String providerName, String dpsReference, String dpsTitle, long lotCount,
        LocalDate submittedOn, LocalDate dueDate, boolean deadlineExtended, int workingDaysLeft, boolean overdue) {
}
