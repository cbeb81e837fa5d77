package uk.council.procurement.onboarding.boundary;

import uk.council.procurement.onboarding.entity.ApplicationStatus;

/**
 * Filters, sort order and page of an application list.
 *
 * @param text matches reference, provider name, DPS reference or title (case-insensitive)
 * @param sortBy one of reference, status, dps, provider, submittedAt, dueDate, createdAt
 */
public record ApplicationQuery(String text, ApplicationStatus status, String dpsReference, boolean overdueOnly,
        String sortBy, boolean ascending, int first, int max) {

    public static ApplicationQuery firstPage() {
        return new ApplicationQuery(null, null, null, false, "dueDate", true, 0, 25);
    }
}
