package uk.stpartnership.uiapi.tasks;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.DateInput;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Words;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.web.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's form as GOV.UK components, generated from its fields, and what the posted form says as the answers the API
 * takes. Each input is named by its field's path ({@code outcomes[0].actions[1].owner}), so a problem's field path
 * leads straight back to it. Lists get one more empty entry with "Add another", which works without JavaScript.
 */
public final class TaskFormPage {

    /** The button that adds an entry to the list named by its value, instead of sending the form. */
    public static final String ADD_ANOTHER = "add-another";
    /** Texts longer than this get a textarea. */
    private static final int LONG_TEXT = 200;

    private TaskFormPage() {
    }

    public static List<FormInput> inputs(List<InboxEntry.FormField> fields, FormData sent, Map<String, String> errors) {
        return inputs(fields, "", sent, errors);
    }

    /** The answers to send: blank inputs and empty list entries are left out; a date as ISO, or as typed if it is none. */
    public static Map<String, Object> answers(List<InboxEntry.FormField> fields, FormData sent) {
        return answers(fields, "", sent);
    }

    /** A refused form's errors by field path, the first of each field's. */
    public static Map<String, String> errorsOf(@Nullable Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null && problem.errors() != null) {
            problem.errors().forEach(error -> errors.putIfAbsent(error.field(), error.detail()));
        }
        return errors;
    }

    /** The error summary's lines for a refused form; a refusal that names no input links its detail to the form. */
    public static List<ErrorLink> errorLinks(List<FormInput> inputs, Map<String, String> errors, Problem problem, String formId) {
        List<ErrorLink> links = errorLinks(inputs, errors);
        return links.isEmpty() ? List.of(new ErrorLink("#" + formId, problem.detail())) : links;
    }

    /** The error summary's lines: each links to its input, and says what is wrong in words. */
    private static List<ErrorLink> errorLinks(List<FormInput> inputs, Map<String, String> errors) {
        List<ErrorLink> links = new ArrayList<>();
        collect(inputs, links);
        errors.keySet().stream().filter(path -> links.stream().noneMatch(l -> l.href().equals("#" + href(path, inputs))))
                .forEach(path -> links.add(new ErrorLink("#" + id(path), errors.get(path))));
        return links;
    }

    static String id(String path) {
        return path.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    private static List<FormInput> inputs(List<InboxEntry.FormField> fields, String prefix, FormData sent, Map<String, String> errors) {
        List<FormInput> inputs = new ArrayList<>();
        for (InboxEntry.FormField field : fields) {
            String path = prefix + field.name();
            String id = id(path);
            String label = field.label() + (field.required() ? "" : " (optional)");
            String error = message(field, errors.get(path));
            inputs.add(switch (field.type()) {
                case "DATE" -> new FormInput("date", id, path, label, null, error, null,
                        List.of(text(sent.first(path + "-day")), text(sent.first(path + "-month")), text(sent.first(path + "-year"))),
                        List.of(), List.of(), false);
                case "YES_NO" -> new FormInput("radios", id, path, label, null, error, null, List.of(),
                        List.of(new Choice("yes", "Yes", "yes".equals(sent.first(path))), new Choice("no", "No", "no".equals(sent.first(path)))),
                        List.of(), false);
                case "CHOICE", "CHOICES" -> new FormInput(field.type().equals("CHOICE") ? "radios" : "checkboxes", id, path, label,
                        field.type().equals("CHOICES") ? "Select all that apply" : null, error, null, List.of(),
                        field.choices().stream().map(option -> new Choice(option, words(option), sent.all(path).contains(option))).toList(),
                        List.of(), false);
                case "TEXT_LIST" -> {
                    int count = entries(path, field, sent);
                    List<List<FormInput>> entries = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String entry = path + "[" + i + "]";
                        entries.add(List.of(new FormInput("input", id(entry), entry, field.label() + " " + (i + 1), null,
                                message(field, errors.get(entry)), sent.first(entry), List.of(), List.of(), List.of(), false)));
                    }
                    yield new FormInput("list", id, path, label, null, error, null, List.of(), List.of(), entries, count < field.maxItems());
                }
                case "RECORDS" -> {
                    FormData drawn = onePerOption(path, field, sent);
                    int count = entries(path, field, drawn);
                    List<List<FormInput>> entries = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        entries.add(inputs(field.items(), path + "[" + i + "].", drawn, errors));
                    }
                    yield new FormInput("records", id, path, label, null, error, null, List.of(), List.of(), entries, count < field.maxItems());
                }
                default -> new FormInput(field.maxLength() > LONG_TEXT ? "textarea" : "input", id, path, label,
                        field.maxLength() > 0 ? String.format(Locale.UK, "At most %,d characters", field.maxLength()) : null, error, sent.first(path),
                        List.of(), List.of(), List.of(), false);
            });
        }
        return inputs;
    }

    private static Map<String, Object> answers(List<InboxEntry.FormField> fields, String prefix, FormData sent) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (InboxEntry.FormField field : fields) {
            String path = prefix + field.name();
            switch (field.type()) {
                case "DATE" -> {
                    DateInput typed = DateInput.of(sent, path);
                    if (!typed.blank()) {
                        // Not a date: sent as typed, so that the API says so and the page shows it.
                        answers.put(field.name(), typed.date().map(LocalDate::toString)
                                .orElse(typed.year() + "-" + typed.month() + "-" + typed.day()));
                    }
                }
                case "YES_NO" -> {
                    String answer = sent.first(path);
                    if ("yes".equals(answer) || "no".equals(answer)) {
                        answers.put(field.name(), "yes".equals(answer));
                    }
                }
                case "CHOICES" -> {
                    List<String> chosen = sent.all(path).stream().filter(v -> !v.isBlank()).toList();
                    if (!chosen.isEmpty()) {
                        answers.put(field.name(), chosen);
                    }
                }
                case "TEXT_LIST" -> {
                    List<String> texts = new ArrayList<>();
                    for (int i : indexes(path, sent)) {
                        String text = text(sent.first(path + "[" + i + "]"));
                        if (!text.isEmpty()) {
                            texts.add(text);
                        }
                    }
                    if (!texts.isEmpty()) {
                        answers.put(field.name(), texts);
                    }
                }
                case "RECORDS" -> {
                    List<Map<String, Object>> records = new ArrayList<>();
                    for (int i : indexes(path, sent)) {
                        Map<String, Object> record = answers(field.items(), path + "[" + i + "].", sent);
                        if (!record.isEmpty()) {
                            records.add(record);
                        }
                    }
                    if (!records.isEmpty()) {
                        answers.put(field.name(), records);
                    }
                }
                default -> {
                    String text = text(sent.first(path));
                    if (!text.isEmpty()) {
                        answers.put(field.name(), text);
                    }
                }
            }
        }
        return answers;
    }

    /**
     * A required list of exactly one record per option of its first item's choice (the review's nine checks) is drawn
     * whole the first time, each record with its own option chosen, rather than one entry and "Add another" eight times.
     */
    private static FormData onePerOption(String path, InboxEntry.FormField field, FormData sent) {
        List<InboxEntry.FormField> items = field.items();
        boolean onePerOption = field.required() && !items.isEmpty() && items.getFirst().type().equals("CHOICE")
                && items.getFirst().choices().size() == field.maxItems();
        if (!onePerOption || !indexes(path, sent).isEmpty()) {
            return sent;
        }
        Map<String, List<String>> values = new LinkedHashMap<>(sent.values());
        for (int i = 0; i < field.maxItems(); i++) {
            values.put(path + "[" + i + "]." + items.getFirst().name(), List.of(items.getFirst().choices().get(i)));
        }
        return new FormData(values);
    }

    /** As many entries as were sent (at least one), and one more when "Add another" was pressed for this list. */
    private static int entries(String path, InboxEntry.FormField field, FormData sent) {
        TreeSet<Integer> indexes = indexes(path, sent);
        int count = Math.max(1, indexes.isEmpty() ? 0 : indexes.last() + 1);
        if (sent.all(ADD_ANOTHER).contains(path)) {
            count++;
        }
        return Math.min(count, Math.max(1, field.maxItems()));
    }

    private static TreeSet<Integer> indexes(String path, FormData sent) {
        Pattern entry = Pattern.compile("^" + Pattern.quote(path) + "\\[(\\d+)]");
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String name : sent.values().keySet()) {
            Matcher matcher = entry.matcher(name);
            if (matcher.find()) {
                indexes.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return indexes;
    }

    private static @Nullable String message(InboxEntry.FormField field, @Nullable String detail) {
        if (detail == null) {
            return null;
        }
        // A task form's own check says "is required"; bean validation of a request says "must not be null / blank / empty".
        if (detail.equals("is required") || detail.startsWith("must not be")) {
            return switch (field.type()) {
                case "YES_NO" -> "Select yes or no: " + field.label();
                case "CHOICE" -> "Select one: " + field.label();
                case "CHOICES" -> "Select at least one: " + field.label();
                default -> "Enter " + lowerFirst(field.label());
            };
        }
        if (detail.startsWith("must be a date")) {
            return field.label() + " must be a real date";
        }
        return field.label() + " " + detail;
    }

    private static void collect(List<FormInput> inputs, List<ErrorLink> links) {
        for (FormInput input : inputs) {
            if (input.error() != null) {
                links.add(new ErrorLink("#" + firstId(input), input.error()));
            }
            input.entries().forEach(entry -> collect(entry, links));
        }
    }

    private static String href(String path, List<FormInput> inputs) {
        return inputs.stream().filter(i -> i.name().equals(path)).findFirst().map(TaskFormPage::firstId).orElse(id(path));
    }

    /** Where the error summary's link takes focus: a date's day, a group's first option. */
    private static String firstId(FormInput input) {
        return switch (input.component()) {
            case "date" -> input.id() + "-day";
            default -> input.id();
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** "NOT_MET" or "not-met" as "Not met". */
    static String words(String option) {
        return Words.of(option);
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
