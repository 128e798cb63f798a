package uk.stpartnership.web;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a JSON body against the type it is read into, before it is read: the JSON reader alone would take
 * {@code 12345} as a date (day 12345 after 1970), {@code ["a"]}, {@code 123} or {@code true} as text and {@code 1.5}
 * as the whole number 1. Each error is named by its path ({@code protectedDetails[0].kind}) and says what is allowed.
 * Null is left to bean validation, and properties the type does not have are ignored, as the reader ignores them.
 */
public final class RequestShape {

    /** Values read from text, with the example that says what the format is. */
    private static final Map<Class<?>, Format> FORMATS = Map.of(
            LocalDate.class, new Format("a date like 2026-11-24", LocalDate::parse),
            LocalTime.class, new Format("a time like 17:00", LocalTime::parse),
            LocalDateTime.class, new Format("a date and time like 2026-11-24T17:00", LocalDateTime::parse),
            Instant.class, new Format("an instant like 2026-11-24T17:00:00Z", Instant::parse),
            OffsetDateTime.class, new Format("a date and time with offset like 2026-11-24T17:00:00Z", OffsetDateTime::parse),
            ZonedDateTime.class, new Format("a date and time with zone like 2026-11-24T17:00:00Z", ZonedDateTime::parse),
            YearMonth.class, new Format("a month like 2026-11", YearMonth::parse),
            Duration.class, new Format("a duration like PT1H", Duration::parse),
            UUID.class, new Format("an id like 3f2b6c1e-8d4a-4b7e-9c2f-1a5d6e7f8a9b", UUID::fromString));

    private record Format(String description, Function<String, ?> parse) {
    }

    private RequestShape() {
    }

    /** Every mismatch between {@code body} and {@code type}, in document order; none when the body fits. */
    public static List<Problem.FieldError> errors(JsonNode body, Argument<?> type) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(body, type, "", errors);
        return errors;
    }

    private static void check(JsonNode node, Argument<?> type, String path, List<Problem.FieldError> errors) {
        if (node == null || node.isNull()) {
            return;
        }
        Class<?> javaType = type.getType();
        String field = path.isEmpty() ? "body" : path;
        if (javaType == String.class || javaType == CharSequence.class) {
            if (!node.isString()) {
                errors.add(new Problem.FieldError(field, "must be text"));
            } else if (node.getStringValue().indexOf('\0') >= 0) {
                errors.add(new Problem.FieldError(field, "must not contain a NUL character"));
            }
        } else if (javaType == boolean.class || javaType == Boolean.class) {
            if (!node.isBoolean()) {
                errors.add(new Problem.FieldError(field, "must be true or false"));
            }
        } else if (isWholeNumber(javaType)) {
            checkWholeNumber(node, javaType, field, errors);
        } else if (javaType == double.class || javaType == Double.class || javaType == float.class || javaType == Float.class
                || javaType == BigDecimal.class) {
            if (!node.isNumber()) {
                errors.add(new Problem.FieldError(field, "must be a number"));
            }
        } else if (javaType.isEnum()) {
            String allowed = Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            if (!node.isString() || Arrays.stream(javaType.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(node.getStringValue()))) {
                errors.add(new Problem.FieldError(field, "must be one of: " + allowed));
            }
        } else if (FORMATS.containsKey(javaType)) {
            checkFormat(node, FORMATS.get(javaType), field, errors);
        } else if (Collection.class.isAssignableFrom(javaType) || javaType.isArray()) {
            if (!node.isArray()) {
                errors.add(new Problem.FieldError(field, "must be a list"));
                return;
            }
            Argument<?> element = javaType.isArray() ? Argument.of(javaType.getComponentType())
                    : type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            int index = 0;
            for (JsonNode value : node.values()) {
                check(value, element, path + "[" + index++ + "]", errors);
            }
        } else if (Map.class.isAssignableFrom(javaType)) {
            if (!node.isObject()) {
                errors.add(new Problem.FieldError(field, "must be an object"));
                return;
            }
            Argument<?> value = type.getTypeParameters().length == 2 ? type.getTypeParameters()[1] : Argument.OBJECT_ARGUMENT;
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                check(entry.getValue(), value, join(path, entry.getKey()), errors);
            }
        } else if (javaType == Object.class) {
            checkNoNul(node, path, errors);
        } else {
            checkObject(node, javaType, path, field, errors);
        }
    }

    /** Any JSON (a task form's answers): only its texts are checked, for NUL characters, which PostgreSQL refuses. */
    private static void checkNoNul(JsonNode node, String path, List<Problem.FieldError> errors) {
        if (node.isString() && node.getStringValue().indexOf('\0') >= 0) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, "must not contain a NUL character"));
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode value : node.values()) {
                checkNoNul(value, path + "[" + index++ + "]", errors);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                checkNoNul(entry.getValue(), join(path, entry.getKey()), errors);
            }
        }
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class;
    }

    private static void checkWholeNumber(JsonNode node, Class<?> type, String field, List<Problem.FieldError> errors) {
        Number number = node.isNumber() ? node.getNumberValue() : null;
        boolean whole = number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof BigInteger
                || (number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0);
        if (!whole) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return;
        }
        BigInteger value = new BigDecimal(number.toString()).toBigIntegerExact();
        BigInteger min = type == int.class || type == Integer.class ? BigInteger.valueOf(Integer.MIN_VALUE)
                : type == short.class || type == Short.class ? BigInteger.valueOf(Short.MIN_VALUE)
                : type == BigInteger.class ? null : BigInteger.valueOf(Long.MIN_VALUE);
        BigInteger max = type == int.class || type == Integer.class ? BigInteger.valueOf(Integer.MAX_VALUE)
                : type == short.class || type == Short.class ? BigInteger.valueOf(Short.MAX_VALUE)
                : type == BigInteger.class ? null : BigInteger.valueOf(Long.MAX_VALUE);
        if (min != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            errors.add(new Problem.FieldError(field, "must be a whole number from " + min + " to " + max));
        }
    }

    private static void checkFormat(JsonNode node, Format format, String field, List<Problem.FieldError> errors) {
        if (node.isString()) {
            try {
                format.parse().apply(node.getStringValue());
                return;
            } catch (RuntimeException notThisFormat) {
                // reported below, with the format
            }
        }
        errors.add(new Problem.FieldError(field, "must be " + format.description()));
    }

    /** A record or bean: each of its properties present in the JSON, under the name the reader gives it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void checkObject(JsonNode node, Class<?> javaType, String path, String field, List<Problem.FieldError> errors) {
        Optional<BeanIntrospection<Object>> introspection = BeanIntrospector.SHARED.findIntrospection((Class) javaType);
        if (introspection.isEmpty()) {
            return;
        }
        if (!node.isObject()) {
            errors.add(new Problem.FieldError(field, "must be an object"));
            return;
        }
        for (BeanProperty<Object, Object> property : introspection.get().getBeanProperties()) {
            String name = property.stringValue("com.fasterxml.jackson.annotation.JsonProperty").filter(s -> !s.isEmpty())
                    .orElse(property.getName());
            check(node.get(name), property.asArgument(), join(path, name), errors);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
