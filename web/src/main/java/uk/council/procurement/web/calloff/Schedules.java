package uk.council.procurement.web.calloff;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.VisitView;

/**
 * A weekly schedule in a few lines, as a care plan reads: days with the same visits run together
 * ("Monday to Friday: 08:00 for 45 min, 2 carers; 17:30 for 30 min"), so a phone shows a week of
 * 28 visits in two lines.
 */
@Named
@ApplicationScoped
public class Schedules {

    public List<String> byDay(List<VisitView> visits) {
        if (visits == null || visits.isEmpty()) {
            return List.of();
        }
        Map<DayOfWeek, String> days = new LinkedHashMap<>();
        for (var day : DayOfWeek.values()) {
            String text = visits.stream().filter(v -> v.day() == day).map(Schedules::visit).collect(Collectors.joining("; "));
            if (!text.isEmpty()) {
                days.put(day, text);
            }
        }
        var lines = new ArrayList<String>();
        DayOfWeek first = null;
        DayOfWeek last = null;
        String same = null;
        for (var day : DayOfWeek.values()) {
            String text = days.get(day);
            if (text != null && text.equals(same) && last != null && last.plus(1) == day) {
                last = day;
                continue;
            }
            if (same != null) {
                lines.add(range(first, last) + ": " + same);
            }
            first = day;
            last = day;
            same = text;
            if (text == null) {
                first = null;
                last = null;
            }
        }
        if (same != null) {
            lines.add(range(first, last) + ": " + same);
        }
        return lines;
    }

    private static String range(DayOfWeek first, DayOfWeek last) {
        if (first == DayOfWeek.MONDAY && last == DayOfWeek.SUNDAY) {
            return "Every day";
        }
        String from = first.getDisplayName(TextStyle.FULL, Locale.UK);
        if (first == last) {
            return from;
        }
        String to = last.getDisplayName(TextStyle.FULL, Locale.UK);
        return last == first.plus(1) ? from + " and " + to : from + " to " + to;
    }

    private static String visit(VisitView v) {
        return v.start() + " for " + v.minutes() + " min" + (v.carers() > 1 ? ", " + v.carers() + " carers" : "");
    }
}
