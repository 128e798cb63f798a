package uk.stpartnership.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The local platform's secrets: made at random on the first run and kept in var/ (never in the repository)
 * so that signed-in sessions and service calls survive a restart.
 */
record Secrets(String serviceToken, String jwtSecret) {

    static Secrets loadOrCreate(Path var) {
        Path file = var.resolve("secrets.properties");
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
            } else {
                properties.setProperty("service-token", random());
                properties.setProperty("jwt-secret", random());
                try (Writer writer = Files.newBufferedWriter(file)) {
                    properties.store(writer, "Generated for the local platform; delete to make new ones");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Secrets(properties.getProperty("service-token"), properties.getProperty("jwt-secret"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
