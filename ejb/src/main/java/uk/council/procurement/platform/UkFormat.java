package uk.council.procurement.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and money as English users read them: 26/11/2026, 14:05, £9,893,001.00. */
public final class UkFormat {

    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String DATE_TIME_PATTERN = "dd/MM/yyyy HH:mm";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, Locale.UK)
            .withZone(Clocks.UK);

    private UkFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    /** Whole pounds, as a cabinet report states a projection: £9,893,001. */
    public static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
