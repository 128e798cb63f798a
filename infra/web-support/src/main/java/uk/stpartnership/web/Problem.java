package uk.stpartnership.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An error answer in the shape of RFC 9457 (application/problem+json). {@code field} names the first
 * offending input field; {@code errors} lists every one.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(@Nullable String type, String title, int status, @Nullable String detail, @Nullable String field,
                      @Nullable List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    @Serdeable
    public record FieldError(String field, String detail) {
    }
}
