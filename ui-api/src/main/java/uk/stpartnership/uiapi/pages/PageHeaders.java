package uk.stpartnership.uiapi.pages;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The pages' Content-Security-Policy: scripts, styles, fonts and images from this service only, and no inline script
 * (GOV.UK Frontend's "js-enabled" line is a file of its own), and a same-origin referrer policy. The other headers are
 * web-support's, on every answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageHeaders implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; manifest-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (PageRoutes.isPage(request) || request.getPath().startsWith("/assets/")) {
            response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            // Not no-referrer: with it the browser sends "Origin: null" on the pages' own form posts, which Micronaut's
            // CORS filter refuses. Nothing of a page's address leaves the service still.
            response.getHeaders().set("Referrer-Policy", "same-origin");
        }
        if (request.getPath().startsWith("/assets/")) {
            // GOV.UK Frontend's files change only with its version, which is in their path.
            response.getHeaders().set("Cache-Control", "public, max-age=86400");
        }
    }
}
