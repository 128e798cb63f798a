package uk.stpartnership.uiapi.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.util.Objects;

/** Who is signing in, as the sign-in throttle counts them: the API's sign-in and the pages' alike. */
@Singleton
public class ClientAddress {

    private final HttpClientAddressResolver proxiedAddress;
    private final boolean behindProxy;

    ClientAddress(HttpClientAddressResolver proxiedAddress, HttpServerConfiguration server) {
        this.proxiedAddress = proxiedAddress;
        this.behindProxy = server.getClientAddressHeader() != null;
    }

    /**
     * The connection's address, unless a proxy in front is configured to name the client in a header
     * (micronaut.server.client-address-header): any caller could write Forwarded or X-Forwarded-For themselves.
     */
    public String of(HttpRequest<?> request) {
        String address = behindProxy ? proxiedAddress.resolve(request) : request.getRemoteAddress().getAddress().getHostAddress();
        return Objects.requireNonNullElse(address, "unknown");
    }
}
