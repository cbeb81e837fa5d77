package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An extension review with one row per provider: the evidence in brief, the recommendation, the
 * decision and its outcome, and what the extension would cost (last year's spend with the review's
 * uplift, pro rata, rounded to whole pounds).
 */
public record ReviewView(String reference, long version, String dpsReference, String dpsTitle, String status,
        String statusLabel, LocalDate noticeDeadline, BigDecimal upliftPercent, String startedBy, Instant startedAt,
        Instant decidedAt, List<Item> items, BigDecimal totalCost, long recommended, long decided) {

    /** One provider's agreement in the review. */
    public record Item(long id, long version, String contractReference, Long providerId, String providerName,
            String lotCodes, String approval, String approvalLabel, LocalDate currentExpiry, LocalDate noticeDeadline,
            boolean extendable, int longestNextExtensionMonths, BigDecimal annualSpend, String ratings,
            long quartersOffTarget, List<String> concerns, String recommendation, String recommendationLabel,
            Integer months, LocalDate newExpiry, BigDecimal cost, BigDecimal costRounded, String reasons,
            String recommendedBy, Instant recommendedAt, String decision, String decisionLabel, String decisionReason,
            String decidedBy, Instant decidedAt, LocalDate cabinetDate, String cabinetMinute, String notes,
            String outcome, String outcomeLabel, List<Document> documents) {
    }

    /** A document attached to a provider's evidence. */
    public record Document(long id, String fileName, String contentType, long size, String uploadedBy,
            Instant uploadedAt) {
    }
}
