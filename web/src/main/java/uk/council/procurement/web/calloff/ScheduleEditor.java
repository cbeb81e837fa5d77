package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.council.procurement.calloff.boundary.VisitView;
import uk.council.procurement.calloff.entity.VisitDetails;

/**
 * A weekly schedule of care at home being written on a form (a requirement or a package): visits with
 * a day, a start (HH:mm), carers and minutes, added, repeated on every day, removed. Shared through
 * WEB-INF/fragments/schedule-editor.xhtml; the service checks it (and names the row that is wrong).
 */
public class ScheduleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<VisitForm> visits = new ArrayList<>();

    /** One visit being written; the start is text so that a half-typed time comes back to the officer as typed. */
    public static class VisitForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private DayOfWeek day;
        private String start;
        private Integer carers;
        private Integer minutes;

        VisitForm(DayOfWeek day, String start, Integer carers, Integer minutes) {
            this.day = day;
            this.start = start;
            this.carers = carers;
            this.minutes = minutes;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public Integer getCarers() {
            return carers;
        }

        public void setCarers(Integer carers) {
            this.carers = carers;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }
    }

    public List<VisitForm> getVisits() {
        return visits;
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** A new visit: the day after the last one's, at its time, or Monday 08:00 with one carer for 30 minutes. */
    public void add() {
        if (visits.isEmpty()) {
            visits.add(new VisitForm(DayOfWeek.MONDAY, "08:00", 1, 30));
        } else {
            var last = visits.get(visits.size() - 1);
            visits.add(new VisitForm(last.day == null ? DayOfWeek.MONDAY : last.day.plus(1), last.start, last.carers,
                    last.minutes));
        }
    }

    /** The same visit on each other day of the week that has none at that time. */
    public void repeatDaily(int index) {
        if (index < 0 || index >= visits.size()) {
            return;
        }
        var visit = visits.get(index);
        for (var day : DayOfWeek.values()) {
            boolean taken = visits.stream().anyMatch(v -> v.day == day && java.util.Objects.equals(v.start, visit.start));
            if (!taken) {
                visits.add(new VisitForm(day, visit.start, visit.carers, visit.minutes));
            }
        }
        visits.sort(java.util.Comparator.comparing((VisitForm v) -> v.day == null ? DayOfWeek.SUNDAY : v.day)
                .thenComparing(v -> v.start == null ? "" : v.start));
    }

    public void remove(int index) {
        if (index >= 0 && index < visits.size()) {
            visits.remove(index);
        }
    }

    public void set(List<VisitView> given) {
        visits.clear();
        given.forEach(v -> visits.add(new VisitForm(v.day(), v.start().toString(), v.carers(), v.minutes())));
    }

    public boolean isEmpty() {
        return visits.isEmpty();
    }

    /** Carers' hours a week as written so far (rows with a number missing count nothing). */
    public BigDecimal getWeeklyHours() {
        return BigDecimal.valueOf(getCarerMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    public int getCarerMinutes() {
        return visits.stream().filter(v -> v.carers != null && v.minutes != null).mapToInt(v -> v.carers * v.minutes).sum();
    }

    public List<VisitDetails> details() {
        return visits.stream().map(v -> new VisitDetails(v.day, time(v.start), v.carers, v.minutes)).toList();
    }

    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null; // the service asks for a time such as 08:00, naming the row
        }
    }

    /** Where each visit's messages go on the form (the service names fields schedule[n].start and so on). */
    public void fields(String form, Map<String, String> fields) {
        fields.put("schedule", form + ":scheduleMessage");
        for (int n = 0; n < visits.size(); n++) {
            String row = form + ":weekVisits:" + n + ":";
            fields.put("schedule[" + n + "].day", row + "day");
            fields.put("schedule[" + n + "].start", row + "start");
            fields.put("schedule[" + n + "].carers", row + "carers");
            fields.put("schedule[" + n + "].minutes", row + "minutes");
        }
    }
}
