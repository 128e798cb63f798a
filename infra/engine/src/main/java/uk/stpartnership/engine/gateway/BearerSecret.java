package uk.stpartnership.engine.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A shared secret sent as {@code Authorization: Bearer <secret>}. Both sides are hashed before the constant-time
 * comparison, so neither the content nor the length of the secret shows in how long a refusal takes.
 */
public final class BearerSecret implements TokenCheck {

    /** Short secrets can be guessed; the services' service token has the same floor. */
    public static final int MINIMUM_LENGTH = 16;

    private final byte[] digest;

    public BearerSecret(String secret, String name) {
        this.digest = sha256(requireStrong(secret, name));
    }

    /** @param name the setting that holds the secret, named when it is missing or too short */
    public static String requireStrong(String secret, String name) {
        if (secret == null || secret.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException(name + " must be at least " + MINIMUM_LENGTH + " characters");
        }
        return secret;
    }

    @Override
    public boolean accepts(String token) {
        return token != null && MessageDigest.isEqual(digest, sha256(token));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
