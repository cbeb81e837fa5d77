package uk.council.procurement.calloff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.council.procurement.platform.InvalidInput;

/** A weekly schedule's rules: each visit checked naming its field, no overlaps in a day, hours as carers' time. */
class VisitTest {

    private static VisitDetails visit(DayOfWeek day, String start, Integer carers, Integer minutes) {
        return new VisitDetails(day, start == null ? null : LocalTime.parse(start), carers, minutes);
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidInput) e).errors().get(0).field();
    }

    @Test
    void visitsAreCheckedOneByOneNamingTheField() {
        assertThatThrownBy(() -> Visit.checked(List.of(visit(null, "08:00", 1, 30)))).satisfies(e ->
                assertThat(fieldOf(e)).isEqualTo("schedule[0].day"));
        assertThatThrownBy(() -> Visit.checked(List.of(visit(DayOfWeek.MONDAY, "08:00", 1, 30),
                visit(DayOfWeek.MONDAY, null, 1, 30)))).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("schedule[1].start"));
        assertThatThrownBy(() -> Visit.checked(List.of(visit(DayOfWeek.MONDAY, "08:00:30", 1, 30))))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("schedule[0].start"));
        for (Integer carers : new Integer[] {null, 0, 5, -1}) {
            assertThatThrownBy(() -> Visit.checked(List.of(visit(DayOfWeek.MONDAY, "08:00", carers, 30))))
                    .as("carers %s", carers).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("schedule[0].carers"));
        }
        for (Integer minutes : new Integer[] {null, 10, 725, 32, 0}) {
            assertThatThrownBy(() -> Visit.checked(List.of(visit(DayOfWeek.MONDAY, "08:00", 1, minutes))))
                    .as("minutes %s", minutes).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("schedule[0].minutes"));
        }
        var tooMany = new ArrayList<>(Collections.nCopies(71, visit(DayOfWeek.MONDAY, "08:00", 1, 15)));
        assertThatThrownBy(() -> Visit.checked(tooMany)).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("schedule"));
        assertThat(Visit.checked(null)).isEmpty();
        // the limits themselves are allowed
        assertThat(Visit.checked(List.of(visit(DayOfWeek.SUNDAY, "22:00", 4, 720), visit(DayOfWeek.MONDAY, "10:00", 1, 15))))
                .hasSize(2);
    }

    @Test
    void visitsOfADayMayNotOverlapButMayTouch() {
        assertThatThrownBy(() -> Visit.checked(List.of(visit(DayOfWeek.TUESDAY, "08:00", 1, 45),
                visit(DayOfWeek.TUESDAY, "08:30", 1, 30)))).satisfies(e -> {
                    assertThat(fieldOf(e)).isEqualTo("schedule[1].start");
                    assertThat(e).hasMessageContaining("08:00 on Tuesday");
                });
        assertThat(Visit.checked(List.of(visit(DayOfWeek.TUESDAY, "08:00", 1, 45), visit(DayOfWeek.TUESDAY, "08:45", 1, 30),
                visit(DayOfWeek.WEDNESDAY, "08:00", 1, 45)))).hasSize(3);
        // a waking night runs on into the next morning, and Sunday's into Monday's
        assertThatThrownBy(() -> Visit.checked(List.of(visit(DayOfWeek.MONDAY, "22:00", 1, 600),
                visit(DayOfWeek.TUESDAY, "07:00", 1, 30)))).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("schedule[1].start"));
        assertThatThrownBy(() -> Visit.checked(List.of(visit(DayOfWeek.MONDAY, "06:00", 1, 30),
                visit(DayOfWeek.SUNDAY, "22:00", 1, 600)))).satisfies(e -> assertThat(fieldOf(e)).isEqualTo("schedule[1].start"));
        assertThat(Visit.checked(List.of(visit(DayOfWeek.MONDAY, "22:00", 1, 540), visit(DayOfWeek.TUESDAY, "07:00", 1, 30))))
                .as("a night ending at 07:00 and a visit at 07:00").hasSize(2);
    }

    @Test
    void theWeekIsInOrderAndItsHoursAreTheCarersTime() {
        var week = Visit.checked(List.of(visit(DayOfWeek.FRIDAY, "17:30", 1, 30), visit(DayOfWeek.MONDAY, "12:30", 1, 30),
                visit(DayOfWeek.MONDAY, "08:00", 2, 45)));
        assertThat(week).extracting(v -> v.getDay() + " " + v.getStart())
                .containsExactly("MONDAY 08:00", "MONDAY 12:30", "FRIDAY 17:30");
        // 45 x 2 + 30 + 30 = 150 carer-minutes = 2.5 hours
        assertThat(Visit.weeklyHours(week)).isEqualByComparingTo("2.50");
        // 7 visits of 20 minutes = 140 minutes = 2.333... hours, half-up to 2.33
        var daily = new ArrayList<VisitDetails>();
        for (var day : DayOfWeek.values()) {
            daily.add(visit(day, "09:00", 1, 20));
        }
        assertThat(Visit.weeklyHours(Visit.checked(daily))).isEqualByComparingTo("2.33");
        assertThat(week.get(0).dayLabel()).isEqualTo("Monday");
    }
}
