package uk.stpartnership.web;

/**
 * A JSON request body read as JSON but not yet checked against its type, so that a use case can refuse a person who
 * may not use the route (403) before it says what is wrong with the body (400). {@link StrictJsonBodies} makes it
 * for a {@code @Body UncheckedBody<T>} parameter.
 */
@FunctionalInterface
public interface UncheckedBody<T> {

    /** The body as its type; a {@link ProblemException} naming each field that does not fit. */
    T read();

    /** The body as its type, or null when there was none. */
    static <T> T readOrNull(UncheckedBody<T> body) {
        return body == null ? null : body.read();
    }

    /** A body already of its type (a caller inside the service). */
    static <T> UncheckedBody<T> of(T value) {
        return () -> value;
    }
}
