package uk.council.procurement.platform;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rules every list follows for what a caller may ask: a sort key from the list's own allow-list,
 * a page inside bounds and a search text of sane length, each refused with a message naming the
 * parameter; and search text matched literally (a typed % or _ matches itself).
 */
public final class Search {

    public static final int MAX_PAGE = 200;
    public static final int MAX_FIRST = 1_000_000;
    public static final int MAX_TEXT = 200;

    /** Append to a JPQL {@code like :param}, with a pattern from {@link #contains}. */
    public static final String ESCAPE = " escape '\\'";

    private Search() {
    }

    /** A case-insensitive "contains" pattern of the text, its wildcards escaped; null when blank. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidInput("text", "must be at most " + MAX_TEXT + " characters");
        }
        return "%" + escapeLike(trimmed.toLowerCase(Locale.UK)) + "%";
    }

    /** LIKE wildcards typed by a user match themselves (escaped with a backslash, see {@link #ESCAPE}). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Refuses search text longer than {@link #MAX_TEXT}. */
    public static void text(String text) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw new InvalidInput("text", "must be at most " + MAX_TEXT + " characters");
        }
    }

    /** An allowed sort key, or the default when none is given. */
    public static String sortKey(String key, java.util.Set<String> allowed, String byDefault) {
        if (key == null || key.isBlank()) {
            return byDefault;
        }
        if (!allowed.contains(key)) {
            throw new InvalidInput("sort", "must be one of " + String.join(", ", new TreeSet<>(allowed)));
        }
        return key;
    }

    /** The column (or expression) of an allowed sort key; the default when none is given. */
    public static String sort(String key, Map<String, String> allowed, String byDefault) {
        if (key == null || key.isBlank()) {
            return allowed.get(byDefault);
        }
        String column = allowed.get(key);
        if (column == null) {
            throw new InvalidInput("sort", "must be one of " + String.join(", ", new TreeSet<>(allowed.keySet())));
        }
        return column;
    }

    public static void page(int first, int max) {
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidInput("first", "must be from 0 to " + MAX_FIRST);
        }
        if (max < 1 || max > MAX_PAGE) {
            throw new InvalidInput("max", "must be from 1 to " + MAX_PAGE);
        }
    }
}
