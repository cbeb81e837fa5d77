package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.council.procurement.calloff.entity.InvitationStatus;

/**
 * An invitation as its provider sees it: the requirement (the person's needs and area, never their
 * reference), the deadline, whether answers are still taken, and the provider's own answer. Once the
 * competition is decided, {@code outcome} says how it went for this provider (and its rank), never
 * anyone else's offer.
 */
public record InvitationView(Long id, long version, String requirementReference, String dpsReference, String lotCode,
        String lotTitle, String locationCode, String locationName, String postcode, String needs, LocalDate startDate,
        String urgencyLabel, BigDecimal weeklyBudget, Instant offerDeadline, boolean open, InvitationStatus status,
        String statusLabel, BigDecimal weeklyPrice, LocalDate earliestStart, String offerNote, String declineReason,
        Instant answeredAt, List<CriterionView> criteria, List<AnswerView> answers, int qualityWeight,
        boolean awardAwaitingAnswer, String outcome, List<VisitView> schedule, BigDecimal weeklyCareHours,
        Instant confirmBy) {
}
