package uk.stpartnership.uiapi.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.signin.PageSessions;
import uk.stpartnership.uiapi.signin.ProviderSignIn;
import uk.stpartnership.web.ProblemException;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages' sign-in outside local mode: at the OpenID Connect provider (ProviderSignIn), back at the callback, then
 * the same page session in the same cookie as a local account's sign-in (SignInPages), ended by SignOutPages.
 */
@Controller("/sign-in")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING) // the provider's answers are waited for, and the session is written
@Requires(env = UiApi.OIDC)
class ProviderSignInPages {

    /** The page to go to once signed in, kept while the person is at the provider. */
    static final String NEXT_COOKIE = "st-sign-in-next";

    private final ProviderSignIn signIn;
    private final PageSessions sessions;
    private final Pages pages;
    private final SessionCookies cookies;

    ProviderSignInPages(ProviderSignIn signIn, PageSessions sessions, Pages pages, SessionCookies cookies) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.pages = pages;
        this.cookies = cookies;
    }

    /** Straight on to the provider; after sign-out a page instead, or the provider would sign the person in again at once. */
    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> signIn(@QueryValue @Nullable String next, @QueryValue @Nullable String signedOut, HttpRequest<?> request) {
        if (signedOut != null) {
            return HttpResponse.ok(new ModelAndView<>("signin/signed-out", Map.of("page", pages.anonymous("Sign in"))));
        }
        String page = URLEncoder.encode(SessionCookies.safeNext(next), StandardCharsets.UTF_8);
        return signIn.redirectToProvider(request).cookie(cookies.of(NEXT_COOKIE, page, "/sign-in"));
    }

    @Get(value = "/callback", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> callback(HttpRequest<?> request) {
        try {
            PageSessions.Opened session = sessions.open(signIn.person(request));
            String next = request.getCookies().findCookie(NEXT_COOKIE)
                    .map(cookie -> URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8)).orElse(null);
            return HttpResponse.seeOther(URI.create(SessionCookies.safeNext(next)))
                    .cookie(cookies.opened(session))
                    .cookie(cookies.of(NEXT_COOKIE, "", "/sign-in").maxAge(0));
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(new ModelAndView<>("signin/refused",
                    Map.of("page", pages.anonymous("You cannot sign in"), "detail", e.getMessage(), "tryAgain", e.status().getCode() == 400)));
        }
    }
}
