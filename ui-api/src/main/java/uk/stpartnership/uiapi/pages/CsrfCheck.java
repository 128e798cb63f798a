package uk.stpartnership.uiapi.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.security.authentication.Authentication;
import uk.stpartnership.uiapi.signin.PageSessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every form post to the pages carries the token of the session it was shown in (the hidden field {@value #FIELD});
 * a post without it, or with another, is refused with 403 before any controller runs. Before sign-in, the sign-in
 * form's token is the one its page put in a cookie ({@value #SIGN_IN_COOKIE}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfCheck implements Ordered {

    static final String FIELD = "csrf";
    static final String SIGN_IN_COOKIE = "st-sign-in";

    private final ErrorResponseProcessor<?> errors;

    CsrfCheck(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    /** After the security filter: the session's Authentication holds the expected token. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /** On the blocking executor: it waits for the whole body, which may come in several packets after the headers. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable HttpResponse<?> check(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || !PageRoutes.isPage(request)) {
            return null;
        }
        String expected = request.getUserPrincipal(Authentication.class)
                .map(person -> person.getAttributes().get(PageSessions.CSRF_ATTRIBUTE) instanceof String token ? token : null)
                .orElseGet(() -> request.getCookies().findCookie(SIGN_IN_COOKIE).map(Cookie::getValue).orElse(null));
        if (expected == null || !(request instanceof ServerHttpRequest<?> serverRequest)) {
            return refused(request);
        }
        // The body is read here from a split of it, so the controller still reads it whole.
        try (CloseableAvailableByteBody form = serverRequest.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().join()) {
            byte[] body = form.toByteArray();
            // A form with a file (a cohort's upload) sends its token as one of the multipart body's parts.
            String sent = request.getContentType().filter(MediaType.MULTIPART_FORM_DATA_TYPE::matches)
                    .map(type -> FormData.multipartField(body, type.getParameters().get("boundary").orElse(null), FIELD))
                    .orElseGet(() -> FormData.parse(new String(body, StandardCharsets.UTF_8)).first(FIELD));
            return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))
                    ? null : refused(request);
        }
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<?> refused(HttpRequest<?> request) {
        return ((ErrorResponseProcessor<Object>) errors).processResponse(ErrorContext.builder(request)
                .errorMessage("The form was not sent from this service's own page: go back, reload it and try again").build(),
                HttpResponse.status(HttpStatus.FORBIDDEN));
    }
}
