package uk.council.procurement.providers.control;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.providers.entity.CqcLocation;

/** CQC ids as people type them: trimmed, upper case, and checked before they reach CQC or a query. */
public final class CqcIds {

    private static final Pattern ID = Pattern.compile(CqcLocation.CQC_ID);

    private CqcIds() {
    }

    public static String location(String typed) {
        return check(typed, "locationId", "a CQC location id such as 1-101234567");
    }

    public static String provider(String typed) {
        return check(typed, "cqcProviderId", "a CQC provider id such as 1-100000001");
    }

    private static String check(String typed, String field, String what) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput(field, "Give " + what);
        }
        String id = typed.strip().toUpperCase(Locale.UK);
        if (id.length() > 20 || !ID.matcher(id).matches()) {
            throw new InvalidInput(field, "Must be " + what);
        }
        return id;
    }
}
