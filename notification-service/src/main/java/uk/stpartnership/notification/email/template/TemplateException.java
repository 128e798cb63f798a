package uk.stpartnership.notification.email.template;

/** A template that is malformed, unknown, or missing a variable it declared: a bug to fix, not a passing fault. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }
}
