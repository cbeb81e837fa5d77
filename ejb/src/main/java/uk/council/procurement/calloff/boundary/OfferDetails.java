package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A provider's offer: weekly price in pounds and pence, earliest start, and an optional note. */
public record OfferDetails(BigDecimal weeklyPrice, LocalDate earliestStart, String note) {
}
