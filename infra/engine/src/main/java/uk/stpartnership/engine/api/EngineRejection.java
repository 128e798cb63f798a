package uk.stpartnership.engine.api;

/** A command the engine refused; the gateway answers it with the gRPC status Zeebe's clients expect for its kind. */
public final class EngineRejection extends RuntimeException {

    public enum Kind {
        NOT_FOUND, FAILED_PRECONDITION, ALREADY_EXISTS, INVALID_ARGUMENT
    }

    private final Kind kind;

    public EngineRejection(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static EngineRejection notFound(String message) {
        return new EngineRejection(Kind.NOT_FOUND, message);
    }

    public static EngineRejection failedPrecondition(String message) {
        return new EngineRejection(Kind.FAILED_PRECONDITION, message);
    }

    public static EngineRejection invalid(String message) {
        return new EngineRejection(Kind.INVALID_ARGUMENT, message);
    }
}
