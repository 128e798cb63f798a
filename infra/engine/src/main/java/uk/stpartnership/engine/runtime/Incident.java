package uk.stpartnership.engine.runtime;

/**
 * Raised while running an instance when the model cannot go on (an expression that fails, no flow to take): the element
 * stays where it is with an incident of this type until an operator resolves it.
 */
final class Incident extends RuntimeException {

    enum Type { EXTRACT_VALUE_ERROR, IO_MAPPING_ERROR, CONDITION_ERROR, CALLED_ELEMENT_ERROR, JOB_NO_RETRIES, UNHANDLED_ERROR_EVENT }

    final Type type;

    Incident(Type type, String message) {
        super(message, null, false, false);
        this.type = type;
    }
}
