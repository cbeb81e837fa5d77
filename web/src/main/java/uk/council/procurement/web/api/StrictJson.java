package uk.council.procurement.web.api;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import uk.council.procurement.platform.InvalidInput.FieldError;

/**
 * Checks a parsed JSON body against the Java type it will be bound to, strictly: a number for a
 * whole-number field must be whole and in range, a yes/no field takes only true or false, a text
 * field only a string, an enum field only one of its names, a date only a real calendar date
 * written yyyy-mm-dd, and a field the type does not have is refused. JSON-B alone would store
 * 4294967306 as 10, 1.5 as 1 and "yes" as false. Each problem names its field (e.g.
 * {@code lots[0].outcome}), so that the client can show it where it belongs.
 */
public final class StrictJson {

    /** Longest array the API takes in one body. */
    static final int MAX_ITEMS = 1_000;
    /** Largest amount (exclusive) and most decimal places of a decimal field. */
    static final BigDecimal MAX_DECIMAL = new BigDecimal("1000000000000000");
    static final int MAX_SCALE = 8;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictJson() {
    }

    public static List<FieldError> check(JsonValue value, Type type) {
        var errors = new ArrayList<FieldError>();
        check(value, type, "", errors);
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
        Class<?> raw = raw(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(error(path, "must not be null"));
            }
            return;
        }
        if (raw == String.class) {
            expect(value instanceof JsonString, path, "must be text, in quotes", errors);
        } else if (raw == int.class || raw == Integer.class) {
            whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        } else if (raw == short.class || raw == Short.class) {
            whole(value, path, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(value == JsonValue.TRUE || value == JsonValue.FALSE, path, "must be true or false", errors);
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            decimal(value, path, errors);
        } else if (raw.isEnum()) {
            enumeration(value, raw, path, errors);
        } else if (raw == LocalDate.class) {
            date(value, path, errors);
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == LocalDateTime.class
                || raw == LocalTime.class) {
            time(value, raw, path, errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            array(value, type, path, errors);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(value, type, path, errors);
        } else if (raw.isRecord() || isPlainObject(raw)) {
            object(value, raw, path, errors);
        }
        // anything else (Object, JsonValue...) is taken as it comes
    }

    private static void whole(JsonValue value, String path, long min, long max, List<FieldError> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(error(path, "must be a whole number, not in quotes"));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            errors.add(error(path, "must be a whole number"));
        } else if (decimal.compareTo(BigDecimal.valueOf(min)) < 0 || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(error(path, "must be a whole number from " + min + " to " + max));
        }
    }

    private static void decimal(JsonValue value, String path, List<FieldError> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(error(path, "must be a number, not in quotes"));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.abs().compareTo(MAX_DECIMAL) >= 0) {
            errors.add(error(path, "is too large"));
        } else if (decimal.stripTrailingZeros().scale() > MAX_SCALE) {
            errors.add(error(path, "has too many decimal places"));
        }
    }

    private static void enumeration(JsonValue value, Class<?> type, String path, List<FieldError> errors) {
        var names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
            errors.add(error(path, "must be one of " + String.join(", ", names)));
        }
    }

    private static void date(JsonValue value, String path, List<FieldError> errors) {
        String text = value instanceof JsonString s ? s.getString() : null;
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            errors.add(error(path, "must be a date written yyyy-mm-dd"));
            return;
        }
        try {
            LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            errors.add(error(path, "is not a real date (" + text + ")"));
        }
    }

    private static void time(JsonValue value, Class<?> type, String path, List<FieldError> errors) {
        String text = value instanceof JsonString s ? s.getString() : null;
        try {
            if (text == null || text.length() > 40) {
                throw new DateTimeParseException("not text", String.valueOf(text), 0);
            }
            if (type == Instant.class) {
                Instant.parse(text);
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(text);
            } else if (type == LocalDateTime.class) {
                LocalDateTime.parse(text);
            } else {
                LocalTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            errors.add(error(path, type == LocalTime.class ? "must be a time written hh:mm"
                    : "must be a date and time in ISO 8601, such as 2026-03-01T09:30:00Z"));
        }
    }

    private static void array(JsonValue value, Type type, String path, List<FieldError> errors) {
        if (!(value instanceof JsonArray array)) {
            errors.add(error(path, "must be a list, in [ ]"));
            return;
        }
        if (array.size() > MAX_ITEMS) {
            errors.add(error(path, "must have at most " + MAX_ITEMS + " items"));
            return;
        }
        Type item = argument(type, 0);
        for (int i = 0; i < array.size(); i++) {
            check(array.get(i), item, path + "[" + i + "]", errors);
        }
    }

    private static void map(JsonValue value, Type type, String path, List<FieldError> errors) {
        if (!(value instanceof JsonObject object)) {
            errors.add(error(path, "must be an object, in { }"));
            return;
        }
        Type item = argument(type, 1);
        object.forEach((key, v) -> check(v, item, join(path, key), errors));
    }

    private static void object(JsonValue value, Class<?> type, String path, List<FieldError> errors) {
        if (!(value instanceof JsonObject object)) {
            errors.add(error(path, "must be an object, in { }"));
            return;
        }
        var fields = fields(type);
        object.forEach((key, v) -> {
            Type field = fields.get(key);
            if (field == null) {
                errors.add(error(join(path, key), "is not a field of this request; fields are "
                        + String.join(", ", fields.keySet())));
            } else {
                check(v, field, join(path, key), errors);
            }
        });
    }

    private static Map<String, Type> fields(Class<?> type) {
        var fields = new LinkedHashMap<String, Type>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.put(c.getName(), c.getGenericType());
            }
            return fields;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    fields.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
        }
        return fields;
    }

    private static boolean isPlainObject(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && !type.isInterface() && type != Object.class
                && !type.getName().startsWith("java.") && !type.getName().startsWith("jakarta.");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static void expect(boolean ok, String path, String message, List<FieldError> errors) {
        if (!ok) {
            errors.add(error(path, message));
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static FieldError error(String path, String message) {
        return new FieldError(path, message);
    }
}
