package uk.stpartnership.uiapi.signin;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The pages' sign-in: the session cookie names the person. Only on the pages: the JSON API takes bearer tokens
 * alone, so a browser's cookie can never make an API call on its owner's behalf.
 */
@Singleton
class SessionCookieAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    private final PageSessions sessions;
    private final ExecutorService blocking;

    SessionCookieAuthentication(PageSessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return Publishers.empty();
        }
        return request.getCookies().findCookie(PageSessions.COOKIE).map(Cookie::getValue)
                // The session is read from the database: off the event loop.
                .map(token -> Publishers.fromCompletableFuture(
                        () -> CompletableFuture.supplyAsync(() -> sessions.signedIn(token).orElse(null), blocking)))
                .orElseGet(Publishers::empty);
    }
}
