package uk.stpartnership.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.Map;

/**
 * A NUL character in a query value ({@code ?q=%00}) is refused with a 400 naming the parameter, before any
 * controller or database sees it (PostgreSQL refuses NUL in text, which would otherwise be a 500).
 */
@ServerFilter("/**")
public class QueryTextFilter implements Ordered {

    private final ProblemResponses.ProblemExceptionHandler problems;

    QueryTextFilter(ProblemResponses.ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /** Null lets the request through. */
    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                String name = parameter.getKey().replace("\0", "");
                return problems.handle(request, ProblemException.badField(name.isEmpty() ? "query" : name,
                        "must not contain a NUL character"));
            }
        }
        return null;
    }
}
