package uk.stpartnership.notification.email.template;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/** The templates in src/main/resources/templates/, found by name (the task header) and parsed once. */
@Singleton
public class EmailTemplates {

    static final String LOCATION = "templates/";
    static final String SUFFIX = ".email";
    // Names come from a task header: keep them to plain file names so they cannot reach elsewhere on the class path.
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ConcurrentMap<String, EmailTemplate> parsed = new ConcurrentHashMap<>();

    public EmailTemplate get(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new TemplateException("'" + name + "' is not a template name (lower-case words joined by '-')");
        }
        return parsed.computeIfAbsent(name, EmailTemplates::load);
    }

    private static EmailTemplate load(String name) {
        String path = LOCATION + name + SUFFIX;
        try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new TemplateException("There is no email template " + name + " (" + path + ")");
            }
            return EmailTemplate.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
