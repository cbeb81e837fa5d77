package uk.council.procurement.web.calloff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.council.procurement.calloff.boundary.VisitView;

/** A week's visits in a few lines: days with the same visits run together. */
class SchedulesTest {

    private static VisitView visit(DayOfWeek day, String start, int carers, int minutes) {
        return new VisitView(day, day.name(), LocalTime.parse(start), carers, minutes);
    }

    @Test
    void daysWithTheSameVisitsRunTogether() {
        var week = new ArrayList<VisitView>();
        for (var day : DayOfWeek.values()) {
            week.add(visit(day, "08:00", 2, 45));
            if (day.getValue() <= 5) {
                week.add(visit(day, "17:30", 1, 30));
            }
        }
        assertThat(new Schedules().byDay(week)).containsExactly(
                "Monday to Friday: 08:00 for 45 min, 2 carers; 17:30 for 30 min",
                "Saturday and Sunday: 08:00 for 45 min, 2 carers");
    }

    @Test
    void everyDayAndGapsAreSaidPlainly() {
        var daily = new ArrayList<VisitView>();
        for (var day : DayOfWeek.values()) {
            daily.add(visit(day, "09:00", 1, 30));
        }
        assertThat(new Schedules().byDay(daily)).containsExactly("Every day: 09:00 for 30 min");
        assertThat(new Schedules().byDay(List.of(visit(DayOfWeek.MONDAY, "09:00", 1, 30),
                visit(DayOfWeek.WEDNESDAY, "09:00", 1, 30)))).containsExactly("Monday: 09:00 for 30 min",
                "Wednesday: 09:00 for 30 min");
        assertThat(new Schedules().byDay(List.of())).isEmpty();
    }
}
