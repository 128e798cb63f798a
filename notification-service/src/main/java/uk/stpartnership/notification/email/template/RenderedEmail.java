package uk.stpartnership.notification.email.template;

/** One email ready to send: a one-line subject, a plain-text body and an HTML document. */
public record RenderedEmail(String subject, String text, String html) {
}
