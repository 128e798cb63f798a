package uk.stpartnership.engine.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Variables are JSON values: what the gateway receives, what PostgreSQL keeps, what FEEL reads. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON value: " + e.getOriginalMessage(), e);
        }
    }

    public static Object read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON object as a map; null or blank is an empty one. */
    public static Map<String, Object> readObject(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Object> map = MAPPER.readValue(json, OBJECT);
            return map == null ? new LinkedHashMap<>() : map;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    /** FEEL's Java values as JSON's: dates, times and durations become their ISO text. */
    static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Map<?, ?> map -> {
                Map<String, Object> plain = new LinkedHashMap<>();
                map.forEach((key, entry) -> plain.put(String.valueOf(key), plain(entry)));
                yield plain;
            }
            case Collection<?> list -> {
                var plain = new ArrayList<>(list.size());
                list.forEach(entry -> plain.add(plain(entry)));
                yield plain;
            }
            case TemporalAccessor temporal -> temporal.toString();
            case TemporalAmount amount -> amount.toString();
            default -> value;
        };
    }
}
