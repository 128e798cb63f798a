package uk.stpartnership.uiapi.pages;

import io.micronaut.core.annotation.Nullable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

/** A posted form (application/x-www-form-urlencoded), each name with its values in the order sent. */
public record FormData(Map<String, List<String>> values) {

    public static FormData parse(@Nullable String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new FormData(values);
    }

    /** The first value sent under the name, or null. */
    public @Nullable String first(String name) {
        List<String> sent = values.get(name);
        return sent == null || sent.isEmpty() ? null : sent.get(0);
    }

    /** The first value sent under the name without surrounding spaces; "" when none was sent. */
    public String text(String name) {
        String sent = first(name);
        return sent == null ? "" : sent.strip();
    }

    /** A whole number as a number; anything else as sent, for the API to refuse naming its field; nothing as null. */
    public static @Nullable Object number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return text.isEmpty() ? null : text;
        }
    }

    /**
     * A text field of a multipart/form-data body (a form with a file), or null: read as ISO-8859-1, one character a
     * byte, so a file's bytes around it cannot upset the search.
     */
    public static @Nullable String multipartField(byte[] body, @Nullable String boundary, String name) {
        if (boundary == null || boundary.isEmpty()) {
            return null;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split("--" + Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd).toLowerCase(Locale.ROOT);
            if (headers.contains("content-disposition: form-data; name=\"" + name + "\"") && !headers.contains("filename=")) {
                String value = part.substring(headersEnd + 4);
                return new String((value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value)
                        .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
