package uk.council.procurement.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days in England: Monday to Friday except the bank holidays of England and Wales, as
 * published by the maintained Jollyday calendar (substitute days included, e.g. 28/12/2026 for
 * Boxing Day on a Saturday; one-off days such as 19/09/2022 included).
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** Jollyday's subdivision of the UK calendar for England (and Wales, which shares it). */
    private static final String ENGLAND = "eng";

    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    public Set<LocalDate> bankHolidays(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y), ENGLAND).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isBankHoliday(LocalDate date) {
        return bankHolidays(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /**
     * The n-th working day after {@code from} (which itself does not count, whatever it is): an
     * application submitted on Thursday 26/11/2026 is due within 10 working days, by 10/12/2026.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The n-th working day before {@code from}. */
    public LocalDate subtractWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to} (0 if {@code to} is not after {@code from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
