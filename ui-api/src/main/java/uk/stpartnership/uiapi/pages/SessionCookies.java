package uk.stpartnership.uiapi.pages;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.signin.PageSessions;

/**
 * The cookies of the pages' sign-in, whichever way people sign in: the session's (PageSessions) and the short-lived
 * ones of the sign-in itself. HttpOnly, SameSite=Lax, and Secure outside local mode.
 */
@Singleton
class SessionCookies {

    private final boolean secure;

    SessionCookies(Environment environment) {
        this.secure = !environment.getActiveNames().contains("local");
    }

    /** No max-age: the browser forgets it when closed, the server after the inactivity limit. */
    Cookie opened(PageSessions.Opened session) {
        return of(PageSessions.COOKIE, session.token(), "/");
    }

    Cookie ended() {
        return of(PageSessions.COOKIE, "", "/").maxAge(0);
    }

    /** A cookie only the sign-in's own routes under {@code path} are sent. */
    Cookie of(String name, String value, String path) {
        return Cookie.of(name, value).path(path).httpOnly(true).secure(secure).sameSite(SameSite.Lax);
    }

    /** Only a path of this service: never a redirect elsewhere (an open redirect). */
    static String safeNext(@Nullable String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
