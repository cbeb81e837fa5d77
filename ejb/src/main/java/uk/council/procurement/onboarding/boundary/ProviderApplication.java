package uk.council.procurement.onboarding.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.onboarding.entity.DocumentKind;
import uk.council.procurement.providers.entity.CqcRating;

/**
 * An application as its provider sees it: its own answers, the due date, and each lot's decision
 * with its reason once decided. A record of its own, so that nothing added for council staff to
 * {@link ApplicationDetail} (check notes, recommendations, who did what inside the council,
 * incidents) can reach a provider by a forgotten null.
 */
public record ProviderApplication(String reference, long version, ApplicationStatus status, String statusLabel,
        String dpsReference, String dpsTitle, Long providerId, String providerName, Instant createdAt,
        Instant submittedAt, LocalDate submittedOn, LocalDate dueDate, boolean deadlineExtended,
        String extensionJustification, Integer workingDaysLeft, ApplicationDetail.Insurance insurance,
        List<ApplicationDetail.Document> documents, List<DocumentKind> missingDocuments,
        List<ApplicationDetail.Location> locations, CqcRating worstRating, List<LotOutcome> lots, Instant decidedAt,
        String agreementAcceptedBy, Instant agreementAcceptedAt, Instant withdrawnAt, String withdrawnBy,
        String withdrawalReason, List<String> currentSteps, Map<String, String> people) {

    /** A lot applied for, and its outcome once decided ("Pending" before, "Withdrawn" with its application). */
    public record LotOutcome(Long lotId, String code, String title, AdmissionOutcome outcome, String outcomeLabel,
            String outcomeReason) {
    }
}
