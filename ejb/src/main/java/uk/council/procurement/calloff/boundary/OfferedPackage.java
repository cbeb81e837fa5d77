package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A package as the provider it was offered to sees it: the care asked for (never the person's
 * reference), its own offer's window and what came of it.
 */
public record OfferedPackage(Long offerId, String packageReference, String dpsReference, String zone, String needs,
        String postcode, LocalDate startDate, String urgencyLabel, BigDecimal weeklyHours, BigDecimal hourlyRate,
        BigDecimal weeklyCost, String visits, List<VisitView> schedule, String stageLabel, Instant offeredAt, Instant windowEndsAt, String status,
        String statusLabel, boolean open, String declineReasonLabel, String declineText) {
}
