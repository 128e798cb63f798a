package uk.stpartnership.engine.gateway;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

import java.util.List;

/** Every gRPC call outside local mode carries {@code Authorization: Bearer <token>} that one of the checks accepts. */
public final class GatewayAuthentication implements ServerInterceptor {

    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final String BEARER = "bearer ";

    private final List<TokenCheck> checks;

    public GatewayAuthentication(List<TokenCheck> checks) {
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("Outside local mode the gateway needs a bearer secret or an OAuth issuer");
        }
        this.checks = List.copyOf(checks);
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        String presented = headers.get(AUTHORIZATION);
        if (presented == null || !presented.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(call, "credentials required: send Authorization: Bearer <token>");
        }
        String token = presented.substring(BEARER.length()).trim();
        if (checks.stream().noneMatch(check -> check.accepts(token))) {
            return refuse(call, "the credentials were refused");
        }
        return next.startCall(call, headers);
    }

    private static <Q, A> ServerCall.Listener<Q> refuse(ServerCall<Q, A> call, String why) {
        call.close(Status.UNAUTHENTICATED.withDescription(why), new Metadata());
        return new ServerCall.Listener<>() { };
    }
}
