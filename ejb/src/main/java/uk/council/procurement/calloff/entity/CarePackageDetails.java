package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an officer says of a care-at-home package when raising it: who (a reference, never a name),
 * where, from when, how urgent, how many hours of care a week at which hourly rate, and the visits.
 */
public record CarePackageDetails(String personReference, String needs, String postcode, LocalDate startDate,
        Urgency urgency, BigDecimal weeklyHours, BigDecimal hourlyRate, String visits) {
}
