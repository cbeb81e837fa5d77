package uk.council.procurement.platform;

/**
 * The one rule for what a person types as a reason, comment or justification: trimmed, within
 * {@link #MAX_REASON} characters (what the decision log's column holds), and refused with a message
 * naming the field otherwise.
 */
public final class Texts {

    /** Longest reason, comment or justification a person can give; the decision log holds this many. */
    public static final int MAX_REASON = 2000;

    private Texts() {
    }

    /** Trimmed text of at least {@code min} and at most {@link #MAX_REASON} characters. */
    public static String required(String field, String value, int min, String ask) {
        String text = value == null ? "" : value.strip();
        if (text.length() < Math.max(1, min)) {
            throw new InvalidInput(field, ask);
        }
        return within(field, text);
    }

    /** Trimmed text, or null when blank; at most {@link #MAX_REASON} characters. */
    public static String optional(String field, String value) {
        String text = value == null ? "" : value.strip();
        return text.isEmpty() ? null : within(field, text);
    }

    private static String within(String field, String text) {
        if (text.length() > MAX_REASON) {
            throw new InvalidInput(field, "must be at most " + MAX_REASON + " characters (this is " + text.length() + ")");
        }
        return text;
    }
}
