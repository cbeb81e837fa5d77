package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.RequirementStatus;

/**
 * The evaluation of a requirement's offers, once unsealed: every answer received with its scores and
 * rank under the lot's weighting, the excluded ones with the reason, and those that did not offer.
 *
 * @param complete whether every outcome answer of the offers still in the running is marked, so that
 *                 the ranking is final and an award can be proposed
 */
public record EvaluationView(String reference, long version, RequirementStatus status, String statusLabel,
        int qualityWeight, int priceWeight, BigDecimal approvalThreshold, List<CriterionView> criteria,
        List<Row> rows, boolean complete, long offers) {

    /** One invited location: its answer, and for an offer its scores and rank (1 is best). */
    public record Row(Long invitationId, long version, String providerName, String locationCode, String locationName,
            String rating, InvitationStatus status, String statusLabel, BigDecimal weeklyPrice, BigDecimal annualValue,
            LocalDate earliestStart, String note, String declineReason, List<AnswerView> answers, String exclusion,
            BigDecimal qualityScore, BigDecimal priceScore, BigDecimal totalScore, Integer rank, int unmarked,
            Instant answeredAt) {
    }
}
