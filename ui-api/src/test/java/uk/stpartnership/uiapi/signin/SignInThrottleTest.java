package uk.stpartnership.uiapi.signin;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords: slowed after 2 failures for a username, refused after 4 (for a client: after 6) for 8 s.
 * Each test signs in from its own client address (a proxy's header, as configured behind one) and with its own usernames.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";
    private static final Duration DELAY = Duration.ofMillis(600);
    // Long enough that a loaded machine's slow password checks do not outlast it between one username's attempts.
    private static final Duration LOCK_PERIOD = Duration.ofSeconds(8);

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.local());
        properties.put("micronaut.server.client-address-header", "X-Client");
        properties.put("platform.sign-in.username.slow-after-failures", "2");
        properties.put("platform.sign-in.username.lock-after-failures", "4");
        properties.put("platform.sign-in.client.slow-after-failures", "5");
        properties.put("platform.sign-in.client.lock-after-failures", "6");
        properties.put("platform.sign-in.delay-per-failure", DELAY.toMillis() + "ms");
        properties.put("platform.sign-in.max-delay", "1s");
        properties.put("platform.sign-in.lock-period", LOCK_PERIOD.toMillis() + "ms");
        return properties;
    }

    @BeforeEach
    void api() {
        api = new Api(server.getURI());
    }

    @Test
    void wrong_passwords_for_one_username_are_slowed_then_refused_even_with_the_right_one_until_the_lock_period_has_passed()
            throws InterruptedException {
        String client = "192.0.2.1";

        Attempt first = signIn("champion.hackney", "wrong-1", client);
        Attempt second = signIn("champion.hackney", "wrong-2", client);
        Attempt third = signIn("champion.hackney", "wrong-3", client);
        Attempt fourth = signIn("champion.hackney", "wrong-4", client);
        Attempt locked = signIn("champion.hackney", PASSWORD, client);
        Attempt fromElsewhere = signIn("champion.hackney", PASSWORD, "192.0.2.99");

        assertThat(List.of(first.status(), second.status(), third.status(), fourth.status())).containsOnly(401);
        assertThat(third.took()).isGreaterThanOrEqualTo(DELAY);
        assertThat(fourth.took()).as("twice the delay, but at most max-delay").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.answer().contentType()).startsWith(Api.PROBLEM_JSON);
        assertThat(locked.answer().json()).containsEntry("detail", "Too many failed sign-ins: try again later");
        assertThat(locked.answer().body()).doesNotContain("access_token");
        assertThat(fromElsewhere.status()).as("the lock is on the username, wherever the attempt comes from").isEqualTo(429);

        Thread.sleep(LOCK_PERIOD.toMillis() + 200);
        assertThat(signIn("champion.hackney", PASSWORD, client).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_username_gets_exactly_the_answers_a_real_one_gets() {
        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Attempt forReal = signIn("champion.newham", "wrong", "192.0.2.2");
            real.add(forReal.status() + " " + forReal.answer().body());
        }
        for (int i = 0; i < 5; i++) {
            Attempt forUnknown = signIn("nobody.newham", "wrong", "192.0.2.3");
            unknown.add(forUnknown.status() + " " + forUnknown.answer().body());
        }

        assertThat(unknown).isEqualTo(real);
        assertThat(real.getLast()).startsWith("429");
    }

    @Test
    void an_unknown_username_takes_about_as_long_to_refuse_as_a_wrong_password() {
        // One attempt per username (none is slowed), alternating so that the machine's load falls on both alike.
        Duration real = Duration.ZERO;
        Duration unknown = Duration.ZERO;
        for (int i = 0; i < 3; i++) {
            real = real.plus(signIn("borough-lead.newham", "wrong", "192.0.2.4" + i).took());
            unknown = unknown.plus(signIn("nobody-" + i + ".newham", "wrong", "192.0.2.5" + i).took());
        }

        assertThat(unknown.toMillis()).isBetween(real.toMillis() / 3, real.toMillis() * 3);
    }

    @Test
    void wrong_passwords_from_one_client_are_refused_for_every_username_while_other_clients_still_sign_in() {
        String client = "192.0.2.6";
        List<Integer> statuses = new ArrayList<>();
        for (String username : List.of("a.newham", "b.newham", "c.newham", "d.newham", "e.newham", "f.newham")) {
            statuses.add(signIn(username, "wrong", client).status());
        }

        assertThat(statuses).containsOnly(401);
        assertThat(signIn("implementation-lead.newham", PASSWORD, client).status()).isEqualTo(429);
        assertThat(signIn("implementation-lead.newham", PASSWORD, "192.0.2.7").status()).isEqualTo(200);
    }

    private record Attempt(Api.Answer answer, Duration took) {
        int status() {
            return answer.status();
        }
    }

    private Attempt signIn(String username, String password, String client) {
        long start = System.nanoTime();
        Api.Answer answer = api.post("/api/sign-in", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                "X-Client", client);
        return new Attempt(answer, Duration.ofNanos(System.nanoTime() - start));
    }
}
