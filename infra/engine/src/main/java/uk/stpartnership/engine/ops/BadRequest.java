package uk.stpartnership.engine.ops;

/** A query value the operations API refuses: answered 400 problem+json naming the field. */
final class BadRequest extends RuntimeException {

    final String field;

    BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }
}
