package uk.council.procurement.onboarding.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.onboarding.entity.DocumentKind;
import uk.council.procurement.providers.entity.CqcRating;

/**
 * An application as council staff see it, with the council's own working (check notes,
 * recommendations, who recommended and approved, incidents). Providers get
 * {@link ProviderApplication}, a record of its own. {@code currentSteps} and {@code deadlineWarningAt} come from the process engine;
 * {@code assignee} is the colleague working on the open task, if one took it; {@code people} gives the
 * full name of each username that appears (recommendedBy, decidedBy, withdrawnBy, assignee...); {@code needsAttention}
 * lists the automatic steps that failed and wait for an officer (staff only).
 */
public record ApplicationDetail(String reference, long version, ApplicationStatus status, String statusLabel,
        String dpsReference, String dpsTitle, Long providerId, String providerName, Instant createdAt,
        Instant submittedAt, LocalDate submittedOn, LocalDate dueDate, boolean deadlineExtended,
        String extensionJustification, boolean deadlineExtendable, Integer workingDaysLeft, Insurance insurance,
        List<Document> documents, List<DocumentKind> missingDocuments, List<Location> locations,
        CqcRating worstRating, String checkFindings, List<LotDecision> lots, String recommendedBy,
        Instant recommendedAt, String decidedBy, Instant decidedAt, String agreementAcceptedBy,
        Instant agreementAcceptedAt, Instant withdrawnAt, String withdrawnBy, String withdrawalReason,
        List<String> currentSteps, Instant deadlineWarningAt,
        String assignee, List<Attention> needsAttention, Map<String, String> people) {

    /** An automatic step that failed its retries (an incident): staff see it, and an officer can retry it. */
    public record Attention(String incidentId, String step, String reason, Instant since) {
    }

    public record Insurance(String insurer, String policyNumber, BigDecimal employersLiabilityCover,
            BigDecimal publicLiabilityCover, LocalDate expiresOn) {
    }

    public record Document(DocumentKind kind, String label, String fileName, String contentType, long size,
            Instant uploadedAt) {
    }

    public record Location(String locationId, String name, CqcRating rating, String ratingLabel, LocalDate ratingDate) {
    }

    public record LotDecision(Long lotId, String code, String title, AdmissionOutcome suggestedOutcome,
            String checkNote, AdmissionOutcome recommendedOutcome, String recommendationReason,
            AdmissionOutcome outcome, String outcomeLabel, String outcomeReason) {
    }
}
