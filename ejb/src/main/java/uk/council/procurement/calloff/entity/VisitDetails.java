package uk.council.procurement.calloff.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One visit of a weekly schedule of care at home as an officer writes it: day, start (UK time), carers, minutes. */
public record VisitDetails(DayOfWeek day, LocalTime start, Integer carers, Integer minutes) {
}
