package uk.council.procurement.web.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import uk.council.procurement.platform.InvalidInput;

/**
 * Path, query and header parameters of number and yes/no types are converted strictly, and a value
 * that does not convert is a 400 naming the parameter (JAX-RS's own conversion answers 404, or
 * silently takes "yes" as false).
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(value -> (int) whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(value -> whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(value -> yesNo(name, value));
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) converter(value -> decimal(name, value));
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) converter(value -> date(name, value));
        }
        return null;
    }

    static long whole(String name, String value, long min, long max) {
        String text = value.trim();
        if (!text.matches("[+-]?\\d{1,19}")) {
            throw new InvalidInput(name, "must be a whole number");
        }
        try {
            long number = Long.parseLong(text);
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "must be a whole number from " + min + " to " + max);
        }
    }

    /** An enum constant named by a query parameter (any case), null when absent; otherwise a 400 listing the values. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.UK));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static boolean yesNo(String name, String value) {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(name, "must be true or false");
        };
    }

    static BigDecimal decimal(String name, String value) {
        String text = value.trim();
        if (text.length() > 40 || !text.matches("[+-]?\\d+(\\.\\d+)?")) {
            throw new InvalidInput(name, "must be a decimal number such as 53.59");
        }
        return new BigDecimal(text);
    }

    static java.time.LocalDate date(String name, String value) {
        String text = value.trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new java.time.format.DateTimeParseException("shape", text, 0);
            }
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(name, "must be a date such as 2024-07-24 (year-month-day)");
        }
    }

    private static String name(Annotation[] annotations) {
        if (annotations != null) {
            for (var a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "parameter";
    }

    private static <T> ParamConverter<T> converter(java.util.function.Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null ? null : parse.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
