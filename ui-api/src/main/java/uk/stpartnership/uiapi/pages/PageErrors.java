package uk.stpartnership.uiapi.pages;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import uk.stpartnership.web.Problem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * On the pages, an error answer is a page a person can read, never a problem document or a stack trace: a person not
 * signed in is sent to sign in; 403 and 404 get their GOV.UK pages, anything else "Sorry, there is a problem".
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageErrors implements Ordered {

    /** A status's page: its template and its title. */
    private record ErrorPage(String view, String title) {
    }

    private final HtmlJteViewsRenderer<Map<String, Object>> views;
    private final Pages pages;

    PageErrors(HtmlJteViewsRenderer<Map<String, Object>> views, Pages pages) {
        this.views = views;
        this.pages = pages;
    }

    /** Outside the security filter, to see its 401 and 403 too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    MutableHttpResponse<?> show(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        boolean html = response.getContentType().map(MediaType.TEXT_HTML_TYPE::matches).orElse(false);
        if (status < 400 || html || !PageRoutes.isPage(request)) {
            return response;
        }
        if (status == 401) {
            String next = request.getMethod() == HttpMethod.GET ? "?next=" + URLEncoder.encode(request.getPath(), StandardCharsets.UTF_8) : "";
            return HttpResponse.seeOther(java.net.URI.create("/sign-in" + next));
        }
        String detail = response.getBody(Problem.class).map(Problem::detail).orElse(null);
        ErrorPage error = switch (status) {
            case 404, 405 -> new ErrorPage("errors/not-found", "Page not found");
            case 403 -> new ErrorPage("errors/forbidden", "You cannot do this");
            case 503 -> new ErrorPage("errors/unavailable", "Sorry, the service is unavailable");
            default -> status >= 500 ? new ErrorPage("errors/problem", "Sorry, there is a problem with the service")
                    : new ErrorPage("errors/bad-request", "There is a problem");
        };
        StringWriter page = new StringWriter();
        try {
            views.render(error.view(), Map.of("page", pages.anonymous(error.title()), "detail", status < 500 && detail != null ? detail : ""), request)
                    .writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(HttpStatus.valueOf(status == 405 ? 404 : status)).body(page.toString())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML + ";charset=utf-8");
    }
}
