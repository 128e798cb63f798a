package uk.stpartnership.web;

import io.micronaut.context.env.Environment;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every answer of every service carries, errors included. The answers are JSON about cases, complaints and
 * people, or tokens: nothing may be cached, sniffed into another type, framed or given away in a Referer.
 * HSTS only outside local mode, where the platform is served over HTTPS (local mode is plain HTTP on this machine).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    /** The environment of the platform run on one machine (MICRONAUT_ENVIRONMENTS=local). */
    public static final String LOCAL = "local";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final boolean local;

    public SecurityHeadersFilter(Environment environment) {
        this.local = environment.getActiveNames().contains(LOCAL);
    }

    /** First in, last out: it sees the answers of the security filters (401, 403) too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public void addHeaders(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        // A service's pages set their own (ui-api's PageHeaders).
        if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", "no-referrer");
        }
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!local) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
