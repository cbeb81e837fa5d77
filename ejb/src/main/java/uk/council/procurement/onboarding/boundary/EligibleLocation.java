package uk.council.procurement.onboarding.boundary;

import uk.council.procurement.providers.entity.CqcRating;

/** A location that may receive new call-offs on a lot today. */
public record EligibleLocation(Long providerId, String providerName, String locationId, String locationName,
        String postcode, CqcRating rating) {
}
