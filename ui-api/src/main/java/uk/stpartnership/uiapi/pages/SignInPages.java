package uk.stpartnership.uiapi.pages;

import io.micronaut.context.annotation.Requires;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages' sign-in with a local account's username and password. It opens a session (PageSessions) held in an
 * HttpOnly, SameSite=Lax cookie, Secure outside local mode (SessionCookies); SignOutPages ends it.
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
    private final SessionCookies cookies;

    SignInPages(SignIn signIn, ClientAddress client, PageSessions sessions, Pages pages, SessionCookies cookies) {
        this.signIn = signIn;
        this.client = client;
        this.sessions = sessions;
        this.pages = pages;
        this.cookies = cookies;
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
                return HttpResponse.seeOther(URI.create(SessionCookies.safeNext(next)))
                        .cookie(cookies.opened(opened))
                        .cookie(Cookie.of(CsrfCheck.SIGN_IN_COOKIE, "").path("/sign-in").maxAge(0));
            } catch (ProblemException e) {
                errors.add(new ErrorLink("#username", e.status().getCode() == 429
                        ? "Too many failed sign-ins: wait a few minutes, then try again"
                        : "Enter a correct username and password"));
            }
        }
        return page(pages.anonymous("Sign in").withErrors(errors), username, next, false, HttpResponse.badRequest());
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
                .cookie(cookies.of(CsrfCheck.SIGN_IN_COOKIE, csrf, "/sign-in"));
    }
}
