package uk.stpartnership.uiapi.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.people.Person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions on the pages: opened at sign-in, ended by signing out or by {@code platform.pages.session-inactivity}
 * without a request. The browser's cookie holds a random token; the database only its hash.
 */
@Singleton
public class PageSessions {

    /** The session cookie's name. */
    public static final String COOKIE = "st-session";
    /** The attribute of a page session's Authentication holding the token every form of that session carries. */
    public static final String CSRF_ATTRIBUTE = "csrf";

    /** What the browser is given at sign-in. */
    public record Opened(String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Seeing a session again within this time does not write; the inactivity limit is far longer. */
    private static final Duration TOUCH_AFTER = Duration.ofMinutes(1);

    private final PageSessionRepository sessions;
    private final PeopleDirectory directory;
    private final TokenClaims claims;
    private final Duration inactivity;
    private final Clock clock = Clock.systemUTC();

    PageSessions(PageSessionRepository sessions, PeopleDirectory directory, TokenClaims claims,
                 @Value("${platform.pages.session-inactivity}") Duration inactivity) {
        this.sessions = sessions;
        this.directory = directory;
        this.claims = claims;
        this.inactivity = inactivity;
    }

    public Opened open(Person person) {
        Instant now = clock.instant();
        String token = randomToken();
        sessions.save(new PageSession(hash(token), person.id(), randomToken(), now, now));
        return new Opened(token);
    }

    /** The person the session's token speaks for, as a bearer token for them would; empty once it has ended. */
    @Transactional
    public Optional<Authentication> signedIn(String token) {
        Instant now = clock.instant();
        String tokenHash = hash(token);
        return sessions.findById(tokenHash)
                .filter(session -> session.lastSeenAt().plus(inactivity).isAfter(now))
                .flatMap(session -> directory.person(session.personId()).map(person -> {
                    if (session.lastSeenAt().plus(TOUCH_AFTER).isBefore(now)) {
                        sessions.touch(tokenHash, now);
                    }
                    Map<String, Object> attributes = new HashMap<>(claims.of(person));
                    attributes.put(CSRF_ATTRIBUTE, session.csrfToken());
                    return Authentication.build(person.id(), person.roles(), attributes);
                }));
    }

    public void close(String token) {
        sessions.deleteById(hash(token));
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void deleteInactive() {
        sessions.deleteSeenBefore(clock.instant().minus(inactivity));
    }

    /** 256 random bits, URL-safe: session tokens and the sign-in form's token. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
