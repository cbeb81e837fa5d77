package uk.council.procurement.providers.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import uk.council.procurement.platform.ServiceUnavailable;
import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.CqcRecord;

/**
 * Reads CQC's published JSON (the API's location records, and the same records in an import file)
 * into {@link CqcRecord}s. Strict where the council decides on a value (ids, rating, registration),
 * lenient where CQC leaves a field out.
 */
public final class CqcRecords {

    private static final Pattern ID = Pattern.compile(CqcLocation.CQC_ID);

    /** A record CQC sent that cannot be used, with what is wrong with it; nothing is taken from it. */
    public static class MalformedRecord extends ServiceUnavailable {

        private static final long serialVersionUID = 1L;

        public MalformedRecord(String message) {
            super("CQC's record cannot be used: " + message);
        }
    }

    private CqcRecords() {
    }

    public static CqcRecord location(JsonObject json) {
        String locationId = id(json, "locationId");
        String providerId = id(json, "providerId");
        String name = text(json, "name").orElseThrow(() -> new MalformedRecord(locationId + " has no name"));
        String postcode = text(json, "postalCode").orElseThrow(() -> new MalformedRecord(locationId + " has no postalCode"));
        String status = text(json, "registrationStatus").orElse("");
        boolean registered = status.equalsIgnoreCase("Registered");
        if (!registered && !status.equalsIgnoreCase("Deregistered")) {
            throw new MalformedRecord(locationId + " has registrationStatus '" + status + "'");
        }
        var serviceTypes = new ArrayList<String>();
        for (JsonObject type : objects(json, "gacServiceTypes")) {
            text(type, "description").map(d -> cut(d, 100)).ifPresent(serviceTypes::add);
        }
        CqcRating rating = CqcRating.NOT_YET_RATED;
        LocalDate ratingDate = null;
        String reportLinkId = null;
        Map<String, CqcRating> keyQuestions = new HashMap<>();
        var overall = object(json, "currentRatings").flatMap(r -> object(r, "overall"));
        if (overall.isPresent()) {
            rating = CqcRating.fromCqc(text(overall.get(), "rating").orElse(null));
            ratingDate = date(overall.get(), "reportDate", locationId).orElse(null);
            reportLinkId = text(overall.get(), "reportLinkId").map(r -> cut(r, 100)).orElse(null);
            for (JsonObject question : objects(overall.get(), "keyQuestionRatings")) {
                var questionName = text(question, "name");
                if (questionName.isPresent() && CqcRecord.KEY_QUESTIONS.contains(questionName.get())) {
                    keyQuestions.put(questionName.get(), CqcRating.fromCqc(text(question, "rating").orElse(null)));
                }
            }
            if (rating.isRated() && ratingDate == null) {
                throw new MalformedRecord(locationId + " has a rating without a reportDate");
            }
        }
        return new CqcRecord(locationId, providerId, cut(name, 200), text(json, "postalAddressLine1").map(s -> cut(s, 200)).orElse(null),
                text(json, "postalAddressTownCity").map(s -> cut(s, 100)).orElse(null), postcode,
                text(json, "localAuthority").map(s -> cut(s, 100)).orElse(null),
                coordinate(json, "onspdLatitude", 90), coordinate(json, "onspdLongitude", 180),
                text(json, "careHome").map("Y"::equalsIgnoreCase).orElse(false),
                number(json, "numberOfBeds").filter(b -> b >= 0 && b < 10_000).orElse(null),
                registered, date(json, "registrationDate", locationId).orElse(null),
                date(json, "deregistrationDate", locationId).orElse(null),
                serviceTypes, rating, ratingDate, reportLinkId, keyQuestions);
    }

    /** The location ids of one page of the changes feed, and how many pages there are. */
    public record ChangesPage(List<String> locationIds, int page, int totalPages) {
    }

    public static ChangesPage changes(JsonObject json) {
        var ids = new ArrayList<String>();
        var changes = json.get("changes");
        if (changes instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString s && ID.matcher(s.getString()).matches()) {
                    ids.add(s.getString());
                }
            }
        }
        return new ChangesPage(ids, number(json, "page").orElse(1), number(json, "totalPages").orElse(1));
    }

    /** The location ids CQC lists under a provider. */
    public static List<String> providerLocationIds(JsonObject json) {
        var ids = new ArrayList<String>();
        if (json.get("locationIds") instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).forEach(ids::add);
        }
        return ids;
    }

    private static String id(JsonObject json, String field) {
        String value = text(json, field).orElseThrow(() -> new MalformedRecord("a record has no " + field));
        if (!ID.matcher(value).matches()) {
            throw new MalformedRecord(field + " '" + cut(value, 30) + "' is not a CQC id");
        }
        return value;
    }

    private static Optional<String> text(JsonObject json, String field) {
        return json.get(field) instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString().strip()) : Optional.empty();
    }

    private static Optional<Integer> number(JsonObject json, String field) {
        if (json.get(field) instanceof JsonNumber n && n.isIntegral()) {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException tooLarge) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static BigDecimal coordinate(JsonObject json, String field, int limit) {
        if (json.get(field) instanceof JsonNumber n) {
            var value = n.bigDecimalValue();
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
                return value.setScale(6, java.math.RoundingMode.HALF_UP);
            }
        }
        return null;
    }

    private static Optional<LocalDate> date(JsonObject json, String field, String locationId) {
        var text = text(json, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            var date = LocalDate.parse(text.get().length() > 10 ? text.get().substring(0, 10) : text.get());
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw new MalformedRecord(locationId + " has " + field + " " + date);
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            throw new MalformedRecord(locationId + " has " + field + " '" + cut(text.get(), 30) + "', not a date");
        }
    }

    private static Optional<JsonObject> object(JsonObject json, String field) {
        return json.get(field) instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    }

    private static List<JsonObject> objects(JsonObject json, String field) {
        return json.get(field) instanceof JsonArray a
                ? a.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList() : List.of();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
