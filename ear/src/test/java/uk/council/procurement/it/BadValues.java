package uk.council.procurement.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The pure logic of {@link BadInputIT}: from a schema of the OpenAPI document to the bad values a
 * field or parameter must refuse, and to a valid baseline value; and the small JSON helpers that
 * put one bad value into an otherwise valid body. No HTTP here.
 */
public final class BadValues {

    /** A short plain text: at least 20 characters (reasons, justifications), far below any maximum. */
    public static final String PLAIN_TEXT = "Plain text for the bad input test";

    /** The property no request type has. */
    public static final String UNKNOWN_PROPERTY = "unexpectedField";

    /** Length of a string that is too long when the schema gives no maxLength. */
    public static final int LONG_STRING = 100_000;

    /** Length of a path segment that is too long. */
    public static final int LONG_PATH_SEGMENT = 3_000;

    private static final int MAX_DEPTH = 8;

    private BadValues() {
    }

    /** A bad value and how the report names it. */
    public record Bad(String label, JsonValue value) {
    }

    /**
     * One case on a JSON body: the value sent at {@code path} (property names and array indexes from
     * the body's root), and the property name an error of the answer must end with.
     */
    public record FieldCase(List<Object> path, String leaf, String label, JsonValue value) {

        public String field() {
            return display(path);
        }
    }

    // --- schemas ---------------------------------------------------------------------------------

    /**
     * The schema with every $ref followed (into components/schemas), allOf merged, and of anyOf or
     * oneOf the first alternative that is not null; keywords beside a $ref win over the target's.
     */
    public static JsonObject resolve(JsonObject schema, JsonObject document) {
        JsonObject current = schema == null ? JsonValue.EMPTY_JSON_OBJECT : schema;
        for (int depth = 0; depth < MAX_DEPTH * 4; depth++) {
            if (current.get("$ref") instanceof JsonString ref) {
                JsonObject target = pointer(document, ref.getString());
                current = merge(target, without(current, "$ref"));
                continue;
            }
            if (current.get("allOf") instanceof JsonArray all) {
                JsonObject merged = without(current, "allOf");
                for (JsonValue member : all) {
                    if (member instanceof JsonObject m) {
                        merged = merge(resolve(m, document), merged);
                    }
                }
                current = merged;
                continue;
            }
            JsonArray alternatives = current.get("anyOf") instanceof JsonArray any ? any
                    : current.get("oneOf") instanceof JsonArray one ? one : null;
            if (alternatives != null) {
                JsonObject chosen = JsonValue.EMPTY_JSON_OBJECT;
                for (JsonValue alternative : alternatives) {
                    if (alternative instanceof JsonObject a && !"null".equals(type(resolve(a, document)))) {
                        chosen = resolve(a, document);
                        break;
                    }
                }
                current = merge(chosen, without(without(current, "anyOf"), "oneOf"));
                continue;
            }
            return current;
        }
        return current;
    }

    /** An object of the document by its JSON pointer reference, such as #/components/schemas/DpsDetails. */
    public static JsonObject pointer(JsonObject document, String ref) {
        if (!ref.startsWith("#")) {
            return JsonValue.EMPTY_JSON_OBJECT; // another document: not followed
        }
        try {
            JsonValue value = Json.createPointer(ref.substring(1)).getValue(document);
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /**
     * The schema's type: its "type" (of a list such as ["integer", "null"], the first that is not
     * null), else what its keywords imply; null when nothing says.
     */
    public static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString s) {
            return s.getString();
        }
        if (type instanceof JsonArray types) {
            for (JsonValue t : types) {
                if (t instanceof JsonString s && !"null".equals(s.getString())) {
                    return s.getString();
                }
            }
            return types.isEmpty() ? null : "null";
        }
        if (schema.containsKey("properties")) {
            return "object";
        }
        if (schema.containsKey("items")) {
            return "array";
        }
        if (!enumValues(schema).isEmpty()) {
            return "string";
        }
        return null;
    }

    public static String format(JsonObject schema) {
        return schema.get("format") instanceof JsonString s ? s.getString() : null;
    }

    /** The enum's values that are text (null left out). */
    public static List<String> enumValues(JsonObject schema) {
        var values = new ArrayList<String>();
        if (schema.get("enum") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    values.add(s.getString());
                }
            }
        }
        return values;
    }

    /** Properties of an object schema that a client sends (readOnly ones left out), in document order. */
    public static List<String> properties(JsonObject schema) {
        var names = new ArrayList<String>();
        if (schema.get("properties") instanceof JsonObject properties) {
            properties.forEach((name, value) -> {
                if (!(value instanceof JsonObject p && p.getBoolean("readOnly", false))) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    public static JsonObject property(JsonObject schema, String name) {
        return schema.get("properties") instanceof JsonObject properties
                && properties.get(name) instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
    }

    public static boolean isObjectWithProperties(JsonObject resolved) {
        return "object".equals(type(resolved)) && !properties(resolved).isEmpty();
    }

    private static BigDecimal number(JsonObject schema, String keyword) {
        return schema.get(keyword) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static Integer integer(JsonObject schema, String keyword) {
        return schema.get(keyword) instanceof JsonNumber n ? n.intValue() : null;
    }

    // --- bad values ------------------------------------------------------------------------------

    /** The bad values of a body field of this (resolved) schema. */
    public static List<Bad> forField(JsonObject schema) {
        var enumValues = enumValues(schema);
        if (!enumValues.isEmpty()) {
            return enumBad(enumValues);
        }
        String type = type(schema);
        if (type == null) {
            return List.of();
        }
        String format = format(schema);
        return switch (type) {
            case "integer" -> integerBad(schema, format);
            case "number" -> numberBad(schema);
            case "boolean" -> List.of(
                    new Bad("\"yes\" (text)", Json.createValue("yes")),
                    new Bad("1 (a number)", Json.createValue(1)),
                    new Bad("\"true\" (in quotes)", Json.createValue("true")));
            case "string" -> "date".equals(format) ? dateBad()
                    : "date-time".equals(format) ? dateTimeBad()
                    : stringBad(integer(schema, "maxLength"));
            case "array" -> arrayBad(schema);
            case "object" -> List.of(
                    new Bad("\"x\" (text instead of an object)", Json.createValue("x")),
                    new Bad("[] (an array instead of an object)", JsonValue.EMPTY_JSON_ARRAY));
            default -> List.of();
        };
    }

    static List<Bad> integerBad(JsonObject schema, String format) {
        var bad = new ArrayList<Bad>();
        if ("int64".equals(format)) {
            bad.add(new Bad("9223372036854775808 (beyond 64 bits)",
                    Json.createValue(new BigInteger("9223372036854775808"))));
        } else {
            bad.add(new Bad("4294967306 (beyond 32 bits)", Json.createValue(4_294_967_306L)));
        }
        bad.add(new Bad("1.5 (not whole)", Json.createValue(new BigDecimal("1.5"))));
        bad.add(new Bad("\"12\" (in quotes)", Json.createValue("12")));
        bad.add(new Bad("true (a boolean)", JsonValue.TRUE));
        bad.add(new Bad("-99999999999999999999 (beyond any integer)",
                Json.createValue(new BigInteger("-99999999999999999999"))));
        BigDecimal minimum = number(schema, "minimum");
        if (minimum != null) {
            BigDecimal below = minimum.subtract(BigDecimal.ONE).setScale(0, java.math.RoundingMode.CEILING);
            bad.add(new Bad(below.toPlainString() + " (below minimum " + minimum.toPlainString() + ")",
                    Json.createValue(below.toBigInteger())));
        }
        BigDecimal exclusiveMinimum = number(schema, "exclusiveMinimum");
        if (exclusiveMinimum != null) {
            bad.add(new Bad(exclusiveMinimum.toPlainString() + " (not above exclusiveMinimum)",
                    Json.createValue(exclusiveMinimum.setScale(0, java.math.RoundingMode.FLOOR).toBigInteger())));
        }
        BigDecimal maximum = number(schema, "maximum");
        if (maximum != null) {
            BigDecimal above = maximum.add(BigDecimal.ONE).setScale(0, java.math.RoundingMode.FLOOR);
            bad.add(new Bad(above.toPlainString() + " (above maximum " + maximum.toPlainString() + ")",
                    Json.createValue(above.toBigInteger())));
        }
        return bad;
    }

    static List<Bad> numberBad(JsonObject schema) {
        var bad = new ArrayList<Bad>();
        bad.add(new Bad("\"abc\" (text)", Json.createValue("abc")));
        bad.add(new Bad("1e400 (beyond any amount)", Json.createValue(new BigDecimal("1e400"))));
        bad.add(new Bad("true (a boolean)", JsonValue.TRUE));
        BigDecimal minimum = number(schema, "minimum");
        if (minimum == null) {
            minimum = number(schema, "exclusiveMinimum");
        }
        if (minimum != null) {
            BigDecimal below = minimum.signum() >= 0 ? BigDecimal.ONE.negate() : minimum.subtract(BigDecimal.ONE);
            bad.add(new Bad(below.toPlainString() + " (below minimum " + minimum.toPlainString() + ")",
                    Json.createValue(below)));
        }
        BigDecimal maximum = number(schema, "maximum");
        if (maximum != null) {
            BigDecimal above = maximum.add(BigDecimal.ONE);
            bad.add(new Bad(above.toPlainString() + " (above maximum " + maximum.toPlainString() + ")",
                    Json.createValue(above)));
        }
        return bad;
    }

    static List<Bad> stringBad(Integer maxLength) {
        int length = maxLength == null ? LONG_STRING : maxLength + 1;
        return List.of(
                new Bad("12345 (a number)", Json.createValue(12345)),
                new Bad("true (a boolean)", JsonValue.TRUE),
                new Bad("{} (an object)", JsonValue.EMPTY_JSON_OBJECT),
                new Bad("\"xxx...\" (" + length + " characters, "
                        + (maxLength == null ? "no maxLength given" : "maxLength " + maxLength) + ")",
                        Json.createValue("x".repeat(length))));
    }

    static List<Bad> dateBad() {
        return List.of(
                new Bad("\"31/02/2025\" (UK format)", Json.createValue("31/02/2025")),
                new Bad("\"2025-02-31\" (no such day)", Json.createValue("2025-02-31")),
                new Bad("\"+999999999-12-31\" (year beyond 9999)", Json.createValue("+999999999-12-31")),
                new Bad("\"9999-12-31\" (absurd year)", Json.createValue("9999-12-31")),
                new Bad("\"abc\" (not a date)", Json.createValue("abc")));
    }

    static List<Bad> dateTimeBad() {
        return List.of(
                new Bad("\"abc\" (not a date and time)", Json.createValue("abc")),
                new Bad("\"2025-13-45T25:61:00Z\" (no such instant)", Json.createValue("2025-13-45T25:61:00Z")),
                new Bad("12345 (a number)", Json.createValue(12345)));
    }

    static List<Bad> enumBad(List<String> values) {
        return List.of(
                new Bad("\"NOT_A_VALUE\" (not one of the enum)", Json.createValue("NOT_A_VALUE")),
                new Bad("\"" + typo(values.get(0)) + "\" (lower case, with a typo)", Json.createValue(typo(values.get(0)))),
                new Bad("12345 (a number)", Json.createValue(12345)));
    }

    /** The value in lower case with one letter dropped: "outstandng" for OUTSTANDING. */
    static String typo(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.length() < 3 ? lower + "x" : lower.substring(0, lower.length() - 2) + lower.charAt(lower.length() - 1);
    }

    static List<Bad> arrayBad(JsonObject schema) {
        JsonObject items = schema.get("items") instanceof JsonObject i ? i : JsonValue.EMPTY_JSON_OBJECT;
        return List.of(
                new Bad("\"x\" (text instead of an array)", Json.createValue("x")),
                new Bad("an array of the wrong element type", Json.createArrayBuilder().add(wrongElement(items)).build()));
    }

    /** An element of the wrong type for the (unresolved) item schema: text for numbers and objects, a number otherwise. */
    static JsonValue wrongElement(JsonObject items) {
        String type = type(items);
        if (items.containsKey("$ref") || type == null || "integer".equals(type) || "number".equals(type)
                || "boolean".equals(type) || "object".equals(type) || "array".equals(type)) {
            return Json.createValue("abc");
        }
        return Json.createValue(12345);
    }

    /** The bad values of a query parameter of this (resolved) schema; enumLike for sort, status and the like. */
    public static List<String> forQuery(JsonObject schema, boolean enumLike) {
        if (!enumValues(schema).isEmpty() || enumLike) {
            return List.of("NOT_A_VALUE");
        }
        String type = type(schema);
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case "integer" -> List.of("abc", "1.5", "int64".equals(format(schema)) ? "99999999999999999999" : "99999999999");
            case "number" -> List.of("abc", "1e400");
            case "boolean" -> List.of("maybe");
            default -> List.of();
        };
    }

    /** The bad values of a path parameter (an id or a reference): 400 or 404. */
    public static List<String> forPath() {
        return List.of("abc", "-1", "999999999999999999999", "x".repeat(LONG_PATH_SEGMENT));
    }

    // --- body cases ------------------------------------------------------------------------------

    /**
     * Every case of a JSON body of this schema: each field's bad values (nested objects and the
     * first item of arrays of objects included, by their path), and an unknown property in every
     * object.
     */
    public static List<FieldCase> fieldCases(JsonObject schema, JsonObject document) {
        var cases = new ArrayList<FieldCase>();
        walk(schema, document, List.of(), true, cases, 0);
        return cases;
    }

    private static void walk(JsonObject schema, JsonObject document, List<Object> path, boolean self,
            List<FieldCase> cases, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        JsonObject resolved = resolve(schema, document);
        if (self && !path.isEmpty()) {
            for (Bad bad : forField(resolved)) {
                cases.add(new FieldCase(path, leaf(path), bad.label(), bad.value()));
            }
        }
        String type = type(resolved);
        if ("object".equals(type) && resolved.get("properties") instanceof JsonObject) {
            for (String name : properties(resolved)) {
                walk(property(resolved, name), document, append(path, name), true, cases, depth + 1);
            }
            cases.add(new FieldCase(append(path, UNKNOWN_PROPERTY), UNKNOWN_PROPERTY,
                    "\"x\" in a property the type does not have", Json.createValue("x")));
        } else if ("array".equals(type) && resolved.get("items") instanceof JsonObject items
                && isObjectWithProperties(resolve(items, document))) {
            walk(items, document, append(path, 0), false, cases, depth + 1);
        }
    }

    // --- baselines -------------------------------------------------------------------------------

    /**
     * A valid value of the schema: overrides first (asked with the field's path, such as
     * organisation.name or lots[].lotId, and its leaf name; null means none), else a type-appropriate
     * default: an enum's first value, an integer's minimum or 1, false, dates a week ahead, plain
     * text within the length limits; objects with every property, arrays with one item.
     */
    public static JsonValue baseline(JsonObject schema, JsonObject document, LocalDate today,
            BiFunction<String, String, JsonValue> overrides) {
        return baseline(schema, document, today, overrides, "", "", 0);
    }

    private static JsonValue baseline(JsonObject schema, JsonObject document, LocalDate today,
            BiFunction<String, String, JsonValue> overrides, String path, String leaf, int depth) {
        if (!path.isEmpty()) {
            JsonValue override = overrides.apply(path, leaf);
            if (override != null) {
                return override;
            }
        }
        JsonObject resolved = resolve(schema, document);
        var enumValues = enumValues(resolved);
        if (!enumValues.isEmpty()) {
            return Json.createValue(enumValues.get(0));
        }
        String type = type(resolved);
        if (type == null || depth > MAX_DEPTH) {
            return JsonValue.NULL;
        }
        switch (type) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                for (String name : properties(resolved)) {
                    object.add(name, baseline(property(resolved, name), document, today, overrides,
                            path.isEmpty() ? name : path + "." + name, name, depth + 1));
                }
                return object.build();
            }
            case "array" -> {
                JsonObject items = resolved.get("items") instanceof JsonObject i ? i : JsonValue.EMPTY_JSON_OBJECT;
                return Json.createArrayBuilder()
                        .add(baseline(items, document, today, overrides, path + "[]", leaf + "[]", depth + 1)).build();
            }
            case "integer" -> {
                BigDecimal minimum = number(resolved, "minimum");
                BigDecimal exclusive = number(resolved, "exclusiveMinimum");
                BigDecimal value = minimum != null ? minimum
                        : exclusive != null ? exclusive.add(BigDecimal.ONE) : BigDecimal.ONE;
                BigDecimal maximum = number(resolved, "maximum");
                if (maximum != null && value.compareTo(maximum) > 0) {
                    value = maximum;
                }
                return Json.createValue(value.setScale(0, java.math.RoundingMode.CEILING).toBigInteger());
            }
            case "number" -> {
                BigDecimal minimum = number(resolved, "minimum");
                return Json.createValue(minimum != null ? minimum : BigDecimal.ONE);
            }
            case "boolean" -> {
                return JsonValue.FALSE;
            }
            case "string" -> {
                String format = format(resolved);
                if ("date".equals(format)) {
                    return Json.createValue(today.plusDays(7).toString());
                }
                if ("date-time".equals(format)) {
                    return Json.createValue(today.plusDays(7).atTime(9, 0) + ":00Z");
                }
                if ("email".equals(format)) {
                    return Json.createValue("bad-input@example.org");
                }
                String text = PLAIN_TEXT;
                Integer maxLength = integer(resolved, "maxLength");
                Integer minLength = integer(resolved, "minLength");
                if (minLength != null && text.length() < minLength) {
                    text = text + "x".repeat(minLength - text.length());
                }
                if (maxLength != null && text.length() > maxLength) {
                    text = text.substring(0, Math.max(1, maxLength));
                }
                return Json.createValue(text);
            }
            default -> {
                return JsonValue.NULL;
            }
        }
    }

    // --- JSON helpers ----------------------------------------------------------------------------

    /** The value with {@code value} put at {@code path} (a new property, or an item past the end, is added). */
    public static JsonValue set(JsonValue root, List<Object> path, JsonValue value) {
        if (path.isEmpty()) {
            return value;
        }
        Object head = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (head instanceof String key) {
            JsonObject object = root instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            JsonValue child = object.containsKey(key) ? object.get(key) : JsonValue.NULL;
            return Json.createObjectBuilder(object).add(key, set(child, rest, value)).build();
        }
        int index = (Integer) head;
        JsonArray array = root instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        var builder = Json.createArrayBuilder(array);
        if (index < array.size()) {
            builder.set(index, set(array.get(index), rest, value));
        } else {
            builder.add(set(JsonValue.NULL, rest, value));
        }
        return builder.build();
    }

    public static List<Object> append(List<Object> path, Object segment) {
        var longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }

    /** organisation.name, lots[0].outcome. */
    public static String display(List<Object> path) {
        var text = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer i) {
                text.append('[').append(i).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(segment);
            }
        }
        return text.toString();
    }

    /** The last property name of a path. */
    public static String leaf(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name) {
                return name;
            }
        }
        return "";
    }

    private static final Pattern TRAILING_INDEXES = Pattern.compile("(\\[\\d+\\])+$");

    /**
     * Whether an error's field names the property: equal to the leaf or ending with "." and the leaf,
     * once trailing indexes are taken off ("lotIds[0]" names lotIds; "lots[0].outcome" names outcome).
     */
    public static boolean fieldNames(String errorField, String leaf) {
        if (errorField == null || leaf == null || leaf.isEmpty()) {
            return false;
        }
        String field = TRAILING_INDEXES.matcher(errorField.trim()).replaceAll("");
        return field.equals(leaf) || field.endsWith("." + leaf);
    }

    /** A value as the report shows it: JSON, long text shortened. */
    public static String show(JsonValue value) {
        String text = value.toString();
        return text.length() <= 80 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
    }

    public static String show(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() <= 80 ? value : value.substring(0, 20) + "... (" + value.length() + " characters)";
    }

    private static JsonObject merge(JsonObject base, JsonObject over) {
        JsonObjectBuilder builder = Json.createObjectBuilder(base);
        over.forEach((key, value) -> {
            if (key.equals("properties") && base.get("properties") instanceof JsonObject baseProperties
                    && value instanceof JsonObject overProperties) {
                builder.add(key, Json.createObjectBuilder(baseProperties).addAll(Json.createObjectBuilder(overProperties)));
            } else {
                builder.add(key, value);
            }
        });
        return builder.build();
    }

    private static JsonObject without(JsonObject object, String key) {
        if (!object.containsKey(key)) {
            return object;
        }
        return Json.createObjectBuilder(object).remove(key).build();
    }
}
