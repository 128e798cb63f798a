package uk.stpartnership.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Every error the services answer is problem+json: Micronaut's own (unknown route, unreadable body,
 * failed bean validation) and ours ({@link ProblemException}). No stack trace ever reaches a caller.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.status().getCode();
        boolean ours = context.getRootCause().filter(ProblemException.class::isInstance).isPresent();
        List<Problem.FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldError(fieldName(e.getPath().get()), ours ? e.getMessage() : "is not a valid value"))
                .toList();
        String detail;
        if (ours) {
            detail = context.getRootCause().get().getMessage();
        } else if (status >= 500) {
            detail = "Something went wrong on our side; it has been logged.";
            context.getRootCause().ifPresent(cause -> LOG.error("Request {} {} failed",
                    context.getRequest().getMethod(), context.getRequest().getPath(), cause));
        } else if (!errors.isEmpty()) {
            // Framework messages name Java classes; say which field instead.
            detail = errors.stream().map(e -> e.field() + ": " + e.detail()).reduce((a, b) -> a + "; " + b).orElseThrow();
        } else {
            detail = status == 404 ? "Not found" : response.status().getReason();
        }
        Problem problem = new Problem("about:blank", response.status().getReason(), status, detail,
                errors.isEmpty() ? null : errors.get(0).field(), errors.isEmpty() ? null : errors);
        return response.body(problem).contentType(Problem.CONTENT_TYPE);
    }

    /**
     * "request.caseReference" (argument.property, as bean validation reports it) and "/to" (a query value
     * Micronaut could not convert) both become the plain field name.
     */
    static String fieldName(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    @Produces
    @Singleton
    static class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

        private final ProblemResponses problems;

        ProblemExceptionHandler(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
            ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
            if (exception.errors().isEmpty()) {
                context.errorMessage(exception.getMessage());
            } else {
                exception.errors().forEach(error -> context.error(new FieldError(error.field(), error.detail())));
            }
            return problems.processResponse(context.build(), HttpResponse.status(exception.status()));
        }
    }

    /** Bean validation: one field error per violation, named by the property that failed (the last node of its path). */
    @Produces
    @Singleton
    @Replaces(io.micronaut.validation.exceptions.ConstraintExceptionHandler.class)
    static class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

        private final ProblemExceptionHandler problems;

        ConstraintViolationHandler(ProblemExceptionHandler problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
            List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                    .map(violation -> new Problem.FieldError(lastNode(violation.getPropertyPath()), violation.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::detail))
                    .toList();
            return problems.handle(request, ProblemException.invalid(errors));
        }

        private static String lastNode(Path path) {
            String name = null;
            for (Path.Node node : path) {
                name = node.getName();
            }
            return name;
        }
    }

    /** Field paths of our own errors are already plain field names: prefix them so fieldName() keeps them whole. */
    private record FieldError(String field, String message) implements Error {
        @Override
        public Optional<String> getPath() {
            return Optional.of("input." + field);
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
