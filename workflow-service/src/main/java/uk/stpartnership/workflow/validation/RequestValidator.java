package uk.stpartnership.workflow.validation;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.web.ProblemException;

import java.util.Comparator;
import java.util.List;

/**
 * Bean validation of a request body inside a use case, after the person's right to make the request has been
 * checked (a controller's @Valid would answer 400 before a 403). Each error is named by its full path
 * ({@code members[1].person}).
 */
@Singleton
public class RequestValidator {

    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** The errors, sorted by field; none when the request is valid. */
    public List<FieldError> errors(Object request) {
        return validator.validate(request).stream()
                .map(violation -> new FieldError(path(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::detail))
                .toList();
    }

    /** Refuses an invalid request with a 400 listing every error. */
    public void check(Object request) {
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** "members[1].person" from the nodes of a violation's path (an element's index is on the node after its list). */
    private static String path(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }
}
