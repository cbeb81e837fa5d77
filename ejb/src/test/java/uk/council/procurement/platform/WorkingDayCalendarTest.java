package uk.council.procurement.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void englandAndWalesBankHolidays2026IncludeTheBoxingDaySubstitute() {
        assertThat(calendar.bankHolidays(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void christmasAndBoxingDayOnAWeekendMoveToMondayAndTuesdayIn2027() {
        assertThat(calendar.bankHolidays(2027)).containsExactlyInAnyOrder(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30),
                LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    @Test
    void oneOffBankHolidaysAreIncluded() {
        // Platinum Jubilee (3 June 2022), State Funeral (19 September 2022), Coronation (8 May 2023).
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 6, 3))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 9, 19))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2023, 5, 8))).isTrue();
    }

    @Test
    void scotlandOnlyHolidaysAreNotEnglishBankHolidays() {
        // 2 January and St Andrew's Day are Scottish bank holidays only.
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 11, 30))).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // plain fortnight
            "2026-11-26, 10, 2026-12-10",
            // over Christmas 2026: 25 Dec and the 28 Dec substitute are skipped
            "2026-12-14, 10, 2026-12-30",
            "2026-12-14, 15, 2027-01-07",
            // over Easter 2027: Good Friday 26 Mar and Easter Monday 29 Mar
            "2027-03-22, 10, 2027-04-07",
            // submitted on a Saturday: the first working day is Monday
            "2026-11-28, 1, 2026-11-30",
            "2026-11-28, 10, 2026-12-11",
            // submitted on a bank holiday (Early May 2026)
            "2026-05-04, 10, 2026-05-18",
            // over the Spring and Summer bank holidays 2026
            "2026-05-20, 10, 2026-06-04",
            "2026-08-24, 10, 2026-09-08",
            // the Staffordshire DPS opened on 11 December 2017
            "2017-12-11, 10, 2017-12-27",
            "2026-11-26, 0, 2026-11-26"
    })
    void addsWorkingDays(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @Test
    void subtractingIsTheInverseOfAddingFromAWorkingDay() {
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 14), 10);
        assertThat(calendar.subtractWorkingDays(due, 10)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 12, 29), 1)).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 30))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 14))).isZero();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
