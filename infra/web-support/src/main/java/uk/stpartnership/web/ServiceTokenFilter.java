package uk.stpartnership.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The services' internal endpoints answer only callers that hold the platform's service token
 * (PLATFORM_SERVICE_TOKEN, from the environment): people reach them through ui-api, never directly.
 */
@ServerFilter("/internal/**")
public class ServiceTokenFilter {

    public static final String HEADER = "X-Service-Token";

    private final byte[] token;

    public ServiceTokenFilter(@Value("${platform.service-token}") String token) {
        if (token.length() < 16) {
            throw new IllegalStateException("platform.service-token (PLATFORM_SERVICE_TOKEN) must be at least 16 characters");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Null lets the request through. */
    @RequestFilter
    @Nullable
    public HttpResponse<Problem> check(HttpRequest<?> request) {
        String presented = request.getHeaders().get(HEADER);
        if (presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return HttpResponse.<Problem>status(HttpStatus.UNAUTHORIZED)
                .body(new Problem("about:blank", "Unauthorized", 401, "Internal endpoint: service token required", null, null))
                .contentType(Problem.CONTENT_TYPE);
    }
}
