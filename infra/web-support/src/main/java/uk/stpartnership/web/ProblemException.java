package uk.stpartnership.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** Ends a request with a problem+json answer; nothing the request would have changed is kept. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<Problem.FieldError> errors;

    public ProblemException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(HttpStatus status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badField(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, field + ": " + detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.detail()).reduce((a, b) -> a + "; " + b).orElse("Invalid input");
        return new ProblemException(HttpStatus.BAD_REQUEST, detail, errors);
    }

    /** The answer for a record that does not exist or that the person may not see: the two are not told apart. */
    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
