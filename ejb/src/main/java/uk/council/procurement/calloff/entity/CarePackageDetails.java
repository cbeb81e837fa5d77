package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer says of a care-at-home package when raising it: who (a reference, never a name),
 * where, from when, how urgent, how many hours of care a week at which hourly rate, and the visits: a
 * weekly schedule (each visit's day, time, carers and minutes; the hours a week are then its carers'
 * time) and notes in words.
 */
public record CarePackageDetails(String personReference, String needs, String postcode, LocalDate startDate,
        Urgency urgency, BigDecimal weeklyHours, BigDecimal hourlyRate, String visits, List<VisitDetails> schedule) {

    /** Without a structured schedule (the visits described in words). */
    public CarePackageDetails(String personReference, String needs, String postcode, LocalDate startDate,
            Urgency urgency, BigDecimal weeklyHours, BigDecimal hourlyRate, String visits) {
        this(personReference, needs, postcode, startDate, urgency, weeklyHours, hourlyRate, visits, List.of());
    }
}
