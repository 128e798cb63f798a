package uk.stpartnership.uiapi.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.signin.PageSessions;

import java.net.URI;

/** Signing out ends the page session, however it was opened (local account or OpenID Connect provider). */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
class SignOutPages {

    private final PageSessions sessions;
    private final SessionCookies cookies;

    SignOutPages(PageSessions sessions, SessionCookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        request.getCookies().findCookie(PageSessions.COOKIE).ifPresent(cookie -> sessions.close(cookie.getValue()));
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=true")).cookie(cookies.ended());
    }
}
