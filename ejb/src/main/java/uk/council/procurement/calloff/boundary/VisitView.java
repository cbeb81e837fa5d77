package uk.council.procurement.calloff.boundary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import uk.council.procurement.calloff.entity.Visit;

/** One visit of a weekly schedule of care, as screens and the API show it. */
public record VisitView(DayOfWeek day, String dayLabel, LocalTime start, int carers, int minutes) {

    static List<VisitView> of(List<Visit> visits) {
        return visits.stream().map(v -> new VisitView(v.getDay(), v.dayLabel(), v.getStart(), v.getCarers(), v.getMinutes()))
                .toList();
    }
}
