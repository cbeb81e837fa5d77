package uk.council.procurement.providers.boundary;

import java.time.LocalDate;

import uk.council.procurement.providers.entity.CqcRating;

/** A CQC location as a provider or quality officer enters it. */
public record LocationDetails(String locationId, String name, String postcode, CqcRating rating, LocalDate ratingDate) {
}
