package uk.stpartnership.uiapi.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.signin.ClientAddress;
import uk.stpartnership.uiapi.signin.PageSessions;
import uk.stpartnership.uiapi.signin.SignIn;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.web.ProblemException;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages' sign-in with a local account's username and password, and sign-out. It opens a session (PageSessions)
 * held in an HttpOnly, SameSite=Lax cookie, Secure outside local mode.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING) // the password hash is deliberately slow
@Requires(notEnv = UiApi.OIDC)
class SignInPages {

    private final SignIn signIn;
    private final ClientAddress client;
    private final PageSessions sessions;
    private final Pages pages;
    private final boolean secureCookies;

    SignInPages(SignIn signIn, ClientAddress client, PageSessions sessions, Pages pages, Environment environment) {
        this.signIn = signIn;
        this.client = client;
        this.sessions = sessions;
        this.pages = pages;
        this.secureCookies = !environment.getActiveNames().contains("local");
    }

    @Get(value = "/sign-in", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<ModelAndView<Map<String, Object>>> form(@QueryValue @Nullable String next, @QueryValue @Nullable String signedOut) {
        return page(pages.anonymous("Sign in"), "", next, signedOut != null, HttpResponse.ok());
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> signIn(@Body @Nullable String body, HttpRequest<?> request) {
        FormData form = FormData.parse(body);
        String username = form.first("username") == null ? "" : form.first("username").strip();
        String password = form.first("password") == null ? "" : form.first("password");
        String next = form.first("next");
        List<ErrorLink> errors = new java.util.ArrayList<>();
        if (username.isEmpty()) {
            errors.add(new ErrorLink("#username", "Enter your username"));
        }
        if (password.isEmpty()) {
            errors.add(new ErrorLink("#password", "Enter your password"));
        }
        if (errors.isEmpty()) {
            try {
                var person = signIn.checkPassword(new SignIn.Credentials(username, password), client.of(request));
                PageSessions.Opened opened = sessions.open(person);
                return HttpResponse.seeOther(URI.create(safeNext(next)))
                        .cookie(sessionCookie(opened.token(), opened.inactivity()))
                        .cookie(Cookie.of(CsrfCheck.SIGN_IN_COOKIE, "").path("/sign-in").maxAge(0));
            } catch (ProblemException e) {
                errors.add(new ErrorLink("#username", e.status().getCode() == 429
                        ? "Too many failed sign-ins: wait a few minutes, then try again"
                        : "Enter a correct username and password"));
            }
        }
        return page(pages.anonymous("Sign in").withErrors(errors), username, next, false, HttpResponse.badRequest());
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        request.getCookies().findCookie(PageSessions.COOKIE).ifPresent(cookie -> sessions.close(cookie.getValue()));
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=true")).cookie(sessionCookie("", Duration.ZERO));
    }

    /** Only a path of this service: never a redirect elsewhere (an open redirect). */
    private static String safeNext(@Nullable String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }

    private Cookie sessionCookie(String token, Duration maxAge) {
        // No max-age while open: the browser forgets it when closed, the server after the inactivity limit.
        Cookie cookie = Cookie.of(PageSessions.COOKIE, token).path("/").httpOnly(true).secure(secureCookies).sameSite(SameSite.Lax);
        return maxAge.isZero() ? cookie.maxAge(0) : cookie;
    }

    private <B> MutableHttpResponse<ModelAndView<Map<String, Object>>> page(Page page, String username, @Nullable String next,
                                                                            boolean signedOut, MutableHttpResponse<B> response) {
        String csrf = PageSessions.randomToken();
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("csrf", csrf);
        model.put("username", username);
        model.put("next", next == null ? "" : next);
        model.put("signedOut", signedOut);
        return response.<ModelAndView<Map<String, Object>>>body(new ModelAndView<>("signin/sign-in", model))
                .cookie(Cookie.of(CsrfCheck.SIGN_IN_COOKIE, csrf).path("/sign-in").httpOnly(true).secure(secureCookies).sameSite(SameSite.Lax));
    }
}
