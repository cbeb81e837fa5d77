package uk.council.procurement.web.faces;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import uk.council.procurement.platform.UkFormat;

/** UK formats for the screens: #{format.date(d)} gives 26/11/2026, #{format.money(m)} gives £1,000.00. */
@Named("format")
@ApplicationScoped
public class Format {

    public String date(LocalDate date) {
        return UkFormat.date(date);
    }

    public String dateTime(Instant instant) {
        return UkFormat.dateTime(instant);
    }

    public String money(BigDecimal amount) {
        return UkFormat.money(amount);
    }

    /** 86.5%, 100%: a percentage without trailing zeros; a dash when not recorded. */
    public String percent(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString() + "%";
    }

    /** £9,893,001: an amount already rounded to whole pounds. */
    public String pounds(BigDecimal amount) {
        return UkFormat.pounds(amount);
    }

    /** "3 working days left", "due today", "2 working days overdue". */
    public String daysLeft(Integer workingDays) {
        if (workingDays == null) {
            return "";
        }
        if (workingDays == 0) {
            return "due today";
        }
        if (workingDays < 0) {
            return -workingDays + (workingDays == -1 ? " working day" : " working days") + " overdue";
        }
        return workingDays + (workingDays == 1 ? " working day" : " working days") + " left";
    }

    /** Severity of a due date for a tag: danger when overdue, warning within two working days. */
    public String dueSeverity(Integer workingDays) {
        if (workingDays == null) {
            return "secondary";
        }
        return workingDays < 0 ? "danger" : workingDays <= 2 ? "warning" : "success";
    }

    /** DOCUMENT_UPLOADED reads "Document uploaded". */
    public String action(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String fileSize(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * A value for a CSV export cell. Text that a spreadsheet would run as a formula (starting with =, +, -,
     * @, tab or carriage return; providers type names and contacts themselves) gets a leading apostrophe.
     */
    public String csv(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
