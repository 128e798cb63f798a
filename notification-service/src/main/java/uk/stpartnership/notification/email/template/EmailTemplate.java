package uk.stpartnership.notification.email.template;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One email template. The file format (src/main/resources/templates/NAME.email):
 *
 * <pre>
 * # Lines starting with '#' before the first part are comments.
 * subject: Reminder: consultation for case {{caseReference}}
 * variables: recipientName, caseReference, dueDate
 * --- text
 * Dear {{recipientName}}, ...
 * --- html
 * &lt;p&gt;Dear {{recipientName}}, ...&lt;/p&gt;
 * </pre>
 *
 * The template must use exactly the variables it declares, so the declaration is a true list of what the
 * job has to provide; loading fails otherwise. In the html part (the inside of {@code <body>}) values are
 * HTML-escaped. ISO dates and date-times (as the services pass them) are written out in British English.
 */
public final class EmailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Set<String> HEADER_KEYS = Set.of("subject", "variables");
    private static final Set<String> PARTS = Set.of("text", "html");
    private static final String PART_MARKER = "--- ";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final String HTML_DOCUMENT = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>%s</title></head>
            <body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">
            %s
            </body>
            </html>
            """;

    private final String name;
    private final Set<String> variables;
    private final String subject;
    private final String text;
    private final String html;

    private EmailTemplate(String name, Set<String> variables, String subject, String text, String html) {
        this.name = name;
        this.variables = variables;
        this.subject = subject;
        this.text = text;
        this.html = html;
    }

    public static EmailTemplate parse(String name, String source) {
        Map<String, String> header = new HashMap<>();
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder currentPart = null;
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(PART_MARKER)) {
                String part = line.substring(PART_MARKER.length()).trim();
                if (!PARTS.contains(part) || parts.containsKey(part)) {
                    throw malformed(name, i, "expected '--- text' or '--- html', each once, but found '" + line + "'");
                }
                currentPart = new StringBuilder();
                parts.put(part, currentPart);
            } else if (currentPart != null) {
                currentPart.append(line).append('\n');
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                String key = colon < 0 ? "" : line.substring(0, colon).trim();
                if (!HEADER_KEYS.contains(key) || header.containsKey(key)) {
                    throw malformed(name, i, "expected 'subject: ...' or 'variables: ...', each once, but found '" + line + "'");
                }
                header.put(key, line.substring(colon + 1).trim());
            }
        }
        for (String required : List.of("subject", "variables")) {
            if (header.getOrDefault(required, "").isEmpty()) {
                throw new TemplateException("Template " + name + " has no '" + required + ":' line");
            }
        }
        for (String required : PARTS) {
            if (!parts.containsKey(required) || parts.get(required).toString().isBlank()) {
                throw new TemplateException("Template " + name + " has no '--- " + required + "' part");
            }
        }
        EmailTemplate template = new EmailTemplate(name, declaredVariables(name, header.get("variables")),
                header.get("subject"), parts.get("text").toString().strip(), parts.get("html").toString().strip());
        template.checkPlaceholders();
        return template;
    }

    public String name() {
        return name;
    }

    public Set<String> variables() {
        return variables;
    }

    /** Fills the placeholders; fails naming every declared variable that the values do not have. */
    public RenderedEmail render(Map<String, ?> values) {
        List<String> missing = variables.stream().filter(variable -> values.get(variable) == null).toList();
        if (!missing.isEmpty()) {
            throw new TemplateException("Template " + name + " needs " + missing + " but the job has no value for "
                    + (missing.size() == 1 ? "it" : "them") + ": the process model must provide every variable the template declares");
        }
        Map<String, String> written = new HashMap<>();
        variables.forEach(variable -> written.put(variable, written(values.get(variable))));
        String renderedSubject = fill(subject, written, value -> value.replaceAll("\\R", " "));
        String body = fill(html, written, EmailTemplate::escapeHtml);
        return new RenderedEmail(renderedSubject, fill(text, written, UnaryOperator.identity()),
                HTML_DOCUMENT.formatted(escapeHtml(renderedSubject), body));
    }

    private static Set<String> declaredVariables(String name, String declaration) {
        Set<String> declared = new LinkedHashSet<>();
        for (String variable : declaration.split(",")) {
            String trimmed = variable.trim();
            if (!IDENTIFIER.matcher(trimmed).matches() || !declared.add(trimmed)) {
                throw new TemplateException("Template " + name + " declares '" + trimmed
                        + "': variables are names (letters, digits, _) separated by commas, each once");
            }
        }
        return Collections.unmodifiableSet(declared);
    }

    private void checkPlaceholders() {
        Set<String> used = new TreeSet<>();
        Map<String, String> sections = Map.of("subject", subject, "text", text, "html", html);
        sections.forEach((section, content) -> {
            Matcher matcher = PLACEHOLDER.matcher(content);
            while (matcher.find()) {
                if (!variables.contains(matcher.group(1))) {
                    throw new TemplateException("Template " + name + " uses {{" + matcher.group(1) + "}} in its " + section
                            + " but does not declare it in 'variables:'");
                }
                used.add(matcher.group(1));
            }
            String rest = matcher.replaceAll("");
            if (rest.contains("{{") || rest.contains("}}")) {
                throw new TemplateException("Template " + name + " has a malformed placeholder in its " + section
                        + ": write {{variableName}}");
            }
        });
        List<String> unused = new ArrayList<>(variables);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new TemplateException("Template " + name + " declares " + unused + " but never uses "
                    + (unused.size() == 1 ? "it" : "them"));
        }
    }

    private static String fill(String content, Map<String, String> written, UnaryOperator<String> escape) {
        return PLACEHOLDER.matcher(content).replaceAll(match -> Matcher.quoteReplacement(escape.apply(written.get(match.group(1)))));
    }

    /** Dates come from the process as ISO strings; people read "Tuesday 1 December 2026". */
    private static String written(Object value) {
        String string = String.valueOf(value);
        try {
            if (ISO_DATE.matcher(string).matches()) {
                return DATE.format(LocalDate.parse(string));
            }
            if (ISO_DATE_TIME.matcher(string).matches()) {
                return DATE_TIME.format(OffsetDateTime.parse(string).atZoneSameInstant(UK));
            }
        } catch (DateTimeParseException notReallyADate) {
            // e.g. a date-time without an offset: which clock it means is unknown, so it is shown as it came
        }
        return string;
    }

    static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static TemplateException malformed(String name, int lineIndex, String detail) {
        return new TemplateException("Template " + name + ", line " + (lineIndex + 1) + ": " + detail);
    }
}
