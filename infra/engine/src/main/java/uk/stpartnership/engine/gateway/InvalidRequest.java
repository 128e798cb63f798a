package uk.stpartnership.engine.gateway;

/** A request the gateway refuses before it reaches the engine: answered INVALID_ARGUMENT with this message. */
final class InvalidRequest extends RuntimeException {

    InvalidRequest(String message) {
        super(message, null, false, false);
    }
}
