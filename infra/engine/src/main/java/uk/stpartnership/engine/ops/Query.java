package uk.stpartnership.engine.ops;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A request's query parameters, each checked as it is read. */
final class Query {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final Set<String> STATES = Set.of("ACTIVE", "COMPLETED", "TERMINATED");

    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static Query parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (values.putIfAbsent(name, value) != null) {
                    throw new BadRequest(name, name + ": give it once");
                }
            }
        }
        return new Query(values);
    }

    /** Refuses parameters the endpoint does not take, so that a misspelt filter is not silently ignored. */
    void allowOnly(String... names) {
        List<String> allowed = List.of(names);
        values.keySet().stream().filter(name -> !allowed.contains(name)).sorted().findFirst().ifPresent(name -> {
            throw new BadRequest(name, name + ": not a parameter here" + (allowed.isEmpty() ? "" : "; use " + String.join(", ", allowed)));
        });
    }

    /** Null when absent or empty. */
    String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    String state() {
        String state = text("state");
        if (state == null) {
            return null;
        }
        String upper = state.toUpperCase(Locale.ROOT);
        if (!STATES.contains(upper)) {
            throw new BadRequest("state", "state: one of ACTIVE, COMPLETED, TERMINATED");
        }
        return upper;
    }

    int page() {
        return number("page", 0, 0, Integer.MAX_VALUE, "page: a whole number from 0");
    }

    int size() {
        return number("size", DEFAULT_SIZE, 1, MAX_SIZE, "size: a whole number from 1 to " + MAX_SIZE);
    }

    private int number(String name, int absent, int min, int max, String rule) {
        String value = text(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new BadRequest(name, rule);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("query", "query: badly encoded");
        }
    }
}
