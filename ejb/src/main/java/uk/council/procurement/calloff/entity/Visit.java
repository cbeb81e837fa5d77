package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.council.procurement.platform.InvalidInput;

/**
 * One visit of a weekly schedule of care at home: a day of the week, a start time (UK time), how many
 * carers, how long. A week's care hours are the carers' time: minutes × carers, summed, in hours.
 */
@Embeddable
public class Visit {

    /** Most visits a week (ten a day). */
    public static final int MAX_VISITS = 70;
    public static final int MAX_CARERS = 4;
    public static final int MIN_MINUTES = 15;
    /** A waking night is the longest visit. */
    public static final int MAX_MINUTES = 720;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(nullable = false)
    private int carers;

    @Column(nullable = false)
    private int minutes;

    protected Visit() {
    }

    private Visit(DayOfWeek day, LocalTime start, int carers, int minutes) {
        this.day = day;
        this.start = start;
        this.carers = carers;
        this.minutes = minutes;
    }

    /**
     * The visits as written, checked one by one naming the field ({@code schedule[2].minutes}): a day,
     * a start on the minute, 1 to {@value #MAX_CARERS} carers, {@value #MIN_MINUTES} to
     * {@value #MAX_MINUTES} minutes in fives, no two visits of a day overlapping; at most
     * {@value #MAX_VISITS}. Returned in the week's order (day, then time).
     */
    public static List<Visit> checked(List<VisitDetails> given) {
        var list = given == null ? List.<VisitDetails>of() : given;
        if (list.size() > MAX_VISITS) {
            throw new InvalidInput("schedule", "must be at most " + MAX_VISITS + " visits a week (there are " + list.size() + ")");
        }
        var result = new ArrayList<Visit>();
        for (int i = 0; i < list.size(); i++) {
            var v = list.get(i);
            String field = "schedule[" + i + "]";
            if (v == null || v.day() == null) {
                throw new InvalidInput(field + ".day", "Choose the day of visit " + (i + 1));
            }
            if (v.start() == null) {
                throw new InvalidInput(field + ".start", "Give the time of visit " + (i + 1) + ", such as 08:00");
            }
            if (v.start().getSecond() != 0 || v.start().getNano() != 0) {
                throw new InvalidInput(field + ".start", "must be a time in hours and minutes, such as 08:00");
            }
            if (v.carers() == null || v.carers() < 1 || v.carers() > MAX_CARERS) {
                throw new InvalidInput(field + ".carers", "must be 1 to " + MAX_CARERS + " carers");
            }
            if (v.minutes() == null || v.minutes() < MIN_MINUTES || v.minutes() > MAX_MINUTES || v.minutes() % 5 != 0) {
                throw new InvalidInput(field + ".minutes", "must be " + MIN_MINUTES + " to " + MAX_MINUTES
                        + " minutes, in fives");
            }
            var visit = new Visit(v.day(), v.start(), v.carers(), v.minutes());
            for (var other : result) {
                if (other.overlaps(visit)) {
                    throw new InvalidInput(field + ".start", "overlaps the visit at " + other.start + " on "
                            + other.dayLabel() + " (" + other.minutes + " min): make it one visit, or move one");
                }
            }
            result.add(visit);
        }
        result.sort(Comparator.comparing((Visit v) -> v.day).thenComparing(v -> v.start));
        return result;
    }

    /** Hours of carers' time a week: minutes × carers, summed, ÷ 60, half-up to 2 places. */
    public static BigDecimal weeklyHours(List<Visit> visits) {
        return BigDecimal.valueOf(carerMinutes(visits)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** Minutes of carers' time a week (minutes × carers, summed). */
    public static int carerMinutes(List<Visit> visits) {
        return visits.stream().mapToInt(v -> v.minutes * v.carers).sum();
    }

    /** Minutes in a week. */
    private static final int WEEK = 7 * 24 * 60;

    /** Whether the two visits share a minute of the week (a late visit runs on past midnight, Sunday's into Monday). */
    private boolean overlaps(Visit other) {
        int from = weekMinute();
        int otherFrom = other.weekMinute();
        // each visit as it lies in the week, and shifted a week on, so that one crossing Sunday midnight is seen
        for (int shift : new int[] {-WEEK, 0, WEEK}) {
            if (from < otherFrom + shift + other.minutes && otherFrom + shift < from + minutes) {
                return true;
            }
        }
        return false;
    }

    private int weekMinute() {
        return (day.getValue() - 1) * 24 * 60 + start.toSecondOfDay() / 60;
    }

    public String dayLabel() {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getStart() {
        return start;
    }

    public int getCarers() {
        return carers;
    }

    public int getMinutes() {
        return minutes;
    }
}
