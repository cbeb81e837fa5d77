package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A block call-off with its capacity today and its placements. Providers get it without the people's
 * references (staff only).
 */
public record BlockView(String reference, long version, String dpsReference, Long lotId, String lotCode, String lotTitle,
        Long providerId, String providerName, String locationId, String locationName, String title, LocalDate startDate,
        LocalDate endDate, int places, BigDecimal weeklyRate, int inUseToday, int freeToday, String createdBy,
        Instant createdAt, List<Placement> placements) {

    /** One stay; {@code lastDay} is when it takes its place until (its end, or the day it ended early). */
    public record Placement(Long id, long version, String personReference, LocalDate fromDate, LocalDate toDate,
            LocalDate endedOn, String endReason, String placedBy, Instant placedAt, String endedBy) {
    }
}
