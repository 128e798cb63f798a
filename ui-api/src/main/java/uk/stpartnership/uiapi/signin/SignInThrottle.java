package uk.stpartnership.uiapi.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guessing passwords is made slow, then impossible for a while: failed sign-ins are counted per username and per
 * client address; past a few each attempt waits longer, and past the limit every attempt (the right password too) is
 * refused until the lock period after the last failure has passed. Usernames are counted whether or not they exist,
 * so the answers never tell which do. The counts are kept in this ui-api's memory only: a restart forgets them.
 */
@Singleton
class SignInThrottle {

    /** Past this many remembered keys, forgotten failures are swept out, so a flood of made-up usernames stays small. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Limit(String kind, int slowAfter, int lockAfter) {
    }

    /** What failures are counted under: a username, or a client address. */
    private record Key(Limit limit, String value) {
        String id() {
            return limit.kind() + ":" + value;
        }
    }

    private record Failures(int count, Instant last) {
    }

    private final Limit perUsername;
    private final Limit perClient;
    private final Duration delayPerFailure;
    private final Duration maxDelay;
    private final Duration lockPeriod;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(@Value("${platform.sign-in.username.slow-after-failures}") int usernameSlowAfter,
                   @Value("${platform.sign-in.username.lock-after-failures}") int usernameLockAfter,
                   @Value("${platform.sign-in.client.slow-after-failures}") int clientSlowAfter,
                   @Value("${platform.sign-in.client.lock-after-failures}") int clientLockAfter,
                   @Value("${platform.sign-in.delay-per-failure}") Duration delayPerFailure,
                   @Value("${platform.sign-in.max-delay}") Duration maxDelay,
                   @Value("${platform.sign-in.lock-period}") Duration lockPeriod) {
        this.perUsername = new Limit("username", usernameSlowAfter, usernameLockAfter);
        this.perClient = new Limit("client", clientSlowAfter, clientLockAfter);
        this.delayPerFailure = delayPerFailure;
        this.maxDelay = maxDelay;
        this.lockPeriod = lockPeriod;
    }

    /** Before the password is checked: refuses a locked username or client, and makes a suspicious attempt wait. */
    void beforeAttempt(String username, String client) {
        Instant now = Instant.now();
        long waitMillis = 0;
        for (Key key : keys(username, client)) {
            int count = recentFailures(key, now);
            if (count >= key.limit().lockAfter()) {
                throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins: try again later");
            }
            if (count >= key.limit().slowAfter()) {
                waitMillis = Math.max(waitMillis, delayPerFailure.toMillis() * (count - key.limit().slowAfter() + 1));
            }
        }
        pause(Math.min(waitMillis, maxDelay.toMillis()));
    }

    void failed(String username, String client) {
        Instant now = Instant.now();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> forgotten(f, now));
        }
        for (Key key : keys(username, client)) {
            failures.merge(key.id(), new Failures(1, now),
                    (old, one) -> forgotten(old, now) ? one : new Failures(old.count() + 1, now));
        }
    }

    /** A right password clears the username's failures; the client's stay, or one account could unlock guessing at others. */
    void succeeded(String username) {
        failures.remove(new Key(perUsername, username).id());
    }

    private List<Key> keys(String username, String client) {
        return List.of(new Key(perUsername, username), new Key(perClient, client));
    }

    private int recentFailures(Key key, Instant now) {
        Failures recent = failures.get(key.id());
        return recent == null || forgotten(recent, now) ? 0 : recent.count();
    }

    private boolean forgotten(Failures recent, Instant now) {
        return !now.isBefore(recent.last().plus(lockPeriod));
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while slowing a sign-in", e);
        }
    }
}
