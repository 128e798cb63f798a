package uk.stpartnership.engine.gateway;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.engine.api.EngineRejection;

import java.util.concurrent.CompletionException;

/** The gRPC status Zeebe's clients expect for each way a command can fail. */
final class GatewayErrors {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayErrors.class);

    private GatewayErrors() {
    }

    static StatusRuntimeException status(String operation, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return switch (cause) {
            case EngineRejection rejection -> code(rejection.kind()).withDescription(rejection.getMessage()).asRuntimeException();
            case InvalidRequest invalid -> Status.INVALID_ARGUMENT.withDescription(invalid.getMessage()).asRuntimeException();
            case StatusRuntimeException given -> given;
            default -> {
                // The request is not logged: its variables may hold personal data.
                LOG.error("{} failed inside the engine", operation, cause);
                yield Status.INTERNAL.withDescription(operation + " failed inside the engine; its log has the details")
                        .asRuntimeException();
            }
        };
    }

    static StatusRuntimeException unimplemented(String operation, String what) {
        return Status.UNIMPLEMENTED.withDescription(operation + " is not supported by this engine: " + what).asRuntimeException();
    }

    private static Status code(EngineRejection.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case FAILED_PRECONDITION -> Status.FAILED_PRECONDITION;
            case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
            case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
        };
    }
}
