package uk.stpartnership.jobworker;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;

/**
 * Lets the engine connection try the engine again at once, when it chooses, instead of when gRPC's own reconnect backoff
 * (growing to 2 minutes while the engine is away) next allows: without it an engine that comes back waits that long
 * for the service. It learns the client's channel from the first call through it.
 */
final class ChannelReconnect implements ClientInterceptor {

    private volatile ManagedChannel channel;

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        if (channel == null && next instanceof ManagedChannel managed) {
            channel = managed;
        }
        return next.newCall(method, options);
    }

    /** The next call connects at once if the channel is waiting to reconnect. */
    void now() {
        ManagedChannel known = channel;
        if (known != null) {
            known.resetConnectBackoff();
        }
    }
}
