package uk.council.procurement.membership.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.council.procurement.providers.entity.CqcRating;

/** A location that may receive new call-offs on a lot today, with what a call-off needs to reach and rank it. */
public record EligibleLocation(Long providerId, String providerName, String locationId, String locationName,
        String postcode, CqcRating rating, LocalDate ratingDate, BigDecimal latitude, BigDecimal longitude) {
}
