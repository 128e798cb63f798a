package uk.stpartnership.workflow.tasks;

import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.web.Problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a kind of task asks of the person who completes it. A user task names its kind with the form key
 * in the model; completing the task is checked against these fields before anything reaches the engine.
 *
 * @param kind             the form key in the BPMN model
 * @param title            what the inbox shows
 * @param contextVariables process variables the person needs to see to do the task
 * @param fields           what the person fills in
 * @param crossCheck       what the fields cannot say on their own (one value against another, or against the
 *                         feature's records); it runs only once every field is well-formed
 * @param toProcess        what of the checked answers the process is completed with
 */
public record TaskForm(String kind, String title, List<String> contextVariables, List<Field> fields, CrossCheck crossCheck,
                       ProcessVariables toProcess) {

    public TaskForm(String kind, String title, List<String> contextVariables, List<Field> fields) {
        this(kind, title, contextVariables, fields, CrossCheck.NONE);
    }

    public TaskForm(String kind, String title, List<String> contextVariables, List<Field> fields, CrossCheck crossCheck) {
        this(kind, title, contextVariables, fields, crossCheck, ProcessVariables.FACTS);
    }

    /**
     * DATE: an ISO date, not in the future unless the field allows it. CHOICES: one or more of the options;
     * CHOICE: exactly one. TEXT_LIST: a list of texts. RECORDS: a list of objects, each checked against the
     * item fields; an error names its place, e.g. {@code outcomes[0].actions[1].owner}.
     */
    public enum FieldType { DATE, TEXT, YES_NO, CHOICES, CHOICE, TEXT_LIST, RECORDS }

    /** A feature's own check of a well-formed submission, with the task's context variables (e.g. which meeting). */
    @FunctionalInterface
    public interface CrossCheck {

        CrossCheck NONE = (values, context) -> List.of();

        List<FieldError> check(Map<String, Object> values, Map<String, Object> context);
    }

    /**
     * What of a task's checked answers goes to the engine. Texts a person typed never do: the feature keeps them in its
     * own tables (on {@link TaskCompleted}) and gives the process only facts and identifiers.
     */
    @FunctionalInterface
    public interface ProcessVariables {

        /** Choices, yes/no and dates only: what every form sends unless it says otherwise. */
        ProcessVariables FACTS = (form, values, taskKey) -> form.facts(values);

        Map<String, Object> of(TaskForm form, Map<String, Object> values, long taskKey);
    }

    /** The same form, completing the process with what toProcess makes of the answers. */
    public TaskForm completingWith(ProcessVariables process) {
        return new TaskForm(kind, title, contextVariables, fields, crossCheck, process);
    }

    /** The variables the task's process is completed with. */
    public Map<String, Object> processVariables(Map<String, Object> values, long taskKey) {
        return new LinkedHashMap<>(toProcess.of(this, values, taskKey));
    }

    /** The answers that are facts (choices, yes/no, dates); texts, lists of texts and records are left out. */
    public Map<String, Object> facts(Map<String, Object> values) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Field field : fields) {
            boolean fact = switch (field.type()) {
                case DATE, YES_NO, CHOICES, CHOICE -> true;
                case TEXT, TEXT_LIST, RECORDS -> false;
            };
            if (fact && values.containsKey(field.name())) {
                facts.put(field.name(), values.get(field.name()));
            }
        }
        return facts;
    }

    /** The answers that are texts, by field name. */
    public Map<String, String> texts(Map<String, Object> values) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Field field : fields) {
            if (field.type() == FieldType.TEXT && values.get(field.name()) instanceof String text) {
                texts.put(field.name(), text);
            }
        }
        return texts;
    }

    /**
     * @param requiredWhenYes the name of a YES_NO field: this field is required when that one is yes
     * @param options         the allowed values of a CHOICES or CHOICE field
     * @param maxLength       the longest text (TEXT, and each text of a TEXT_LIST)
     * @param futureAllowed   whether a DATE may be after today (a due date) or not (the date something happened)
     * @param maxItems        the longest list (TEXT_LIST, RECORDS)
     * @param itemFields      the fields of each record of a RECORDS field
     */
    @Serdeable
    public record Field(String name, String label, FieldType type, boolean required, String requiredWhenYes,
                        List<String> options, int maxLength, boolean futureAllowed, int maxItems, List<Field> itemFields) {

        public static Field date(String name, String label) {
            return new Field(name, label, FieldType.DATE, true, null, List.of(), 0, false, 0, List.of());
        }

        public static Field futureDate(String name, String label) {
            return new Field(name, label, FieldType.DATE, true, null, List.of(), 0, true, 0, List.of());
        }

        public static Field text(String name, String label, boolean required, int maxLength) {
            return new Field(name, label, FieldType.TEXT, required, null, List.of(), maxLength, false, 0, List.of());
        }

        public static Field textRequiredWhenYes(String name, String label, String yesNoField, int maxLength) {
            return new Field(name, label, FieldType.TEXT, false, yesNoField, List.of(), maxLength, false, 0, List.of());
        }

        public static Field yesNo(String name, String label) {
            return new Field(name, label, FieldType.YES_NO, true, null, List.of(), 0, false, 0, List.of());
        }

        public static Field choices(String name, String label, Collection<String> options) {
            return new Field(name, label, FieldType.CHOICES, true, null, List.copyOf(options), 0, false, 0, List.of());
        }

        public static Field choice(String name, String label, Collection<String> options) {
            return new Field(name, label, FieldType.CHOICE, true, null, List.copyOf(options), 0, false, 0, List.of());
        }

        public static Field texts(String name, String label, int maxItems, int maxLength) {
            return new Field(name, label, FieldType.TEXT_LIST, true, null, List.of(), maxLength, false, maxItems, List.of());
        }

        public static Field records(String name, String label, boolean required, int maxItems, List<Field> itemFields) {
            return new Field(name, label, FieldType.RECORDS, required, null, List.of(), 0, false, maxItems, List.copyOf(itemFields));
        }

        /** The same field, left blank when it does not apply; the form's cross check says when it does. */
        public Field optional() {
            return new Field(name, label, type, false, requiredWhenYes, options, maxLength, futureAllowed, maxItems, itemFields);
        }
    }

    /** The outcome of checking a submission: the clean values to complete the task with, or what is wrong. */
    public record Checked(Map<String, Object> values, List<FieldError> errors) {
    }

    /**
     * Checks a submission; unknown fields are errors too, so nothing unexpected reaches the process.
     *
     * @param context the task's context variables, for the cross check
     */
    public Checked check(Map<String, Object> submitted, LocalDate today, Map<String, Object> context) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = checkFields(fields, submitted, "", today, errors);
        if (errors.isEmpty()) {
            errors.addAll(crossCheck.check(values, context));
        }
        return new Checked(values, errors);
    }

    private static Map<String, Object> checkFields(List<Field> fields, Map<?, ?> submitted, String prefix, LocalDate today,
                                                   List<FieldError> errors) {
        Set<String> known = fields.stream().map(Field::name).collect(Collectors.toSet());
        submitted.keySet().stream().map(String::valueOf).filter(name -> !known.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(prefix + name, "is not a field of this form")));
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String path = prefix + field.name();
            Object raw = submitted.get(field.name());
            boolean blank = raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof List<?> l && l.isEmpty());
            boolean required = field.required()
                    || (field.requiredWhenYes() != null && Boolean.TRUE.equals(submitted.get(field.requiredWhenYes())));
            if (blank) {
                if (required) {
                    errors.add(new FieldError(path, "is required"));
                }
                continue;
            }
            String problem = checkValue(field, raw, path, today, values, errors);
            if (problem != null) {
                errors.add(new FieldError(path, problem));
            }
        }
        return values;
    }

    /** Puts the clean value into values, or answers what is wrong with it (errors inside a list go to errors). */
    private static String checkValue(Field field, Object raw, String path, LocalDate today, Map<String, Object> values,
                                     List<FieldError> errors) {
        switch (field.type()) {
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(String.valueOf(raw));
                    if (!field.futureAllowed() && date.isAfter(today)) {
                        return "must not be in the future";
                    }
                    values.put(field.name(), date.toString());
                } catch (DateTimeParseException e) {
                    return "must be a date like 2026-11-24";
                }
            }
            case TEXT -> {
                if (!(raw instanceof String text)) {
                    return "must be text";
                }
                if (text.length() > field.maxLength()) {
                    return "must be at most " + field.maxLength() + " characters";
                }
                values.put(field.name(), text.strip());
            }
            case YES_NO -> {
                if (!(raw instanceof Boolean yes)) {
                    return "must be true or false";
                }
                values.put(field.name(), yes);
            }
            case CHOICES -> {
                if (!(raw instanceof List<?> chosen) || !chosen.stream().allMatch(field.options()::contains)) {
                    return "must be a list of: " + String.join(", ", field.options());
                }
                values.put(field.name(), chosen.stream().distinct().toList());
            }
            case CHOICE -> {
                if (!field.options().contains(raw)) {
                    return "must be one of: " + String.join(", ", field.options());
                }
                values.put(field.name(), raw);
            }
            case TEXT_LIST -> {
                if (!(raw instanceof List<?> texts)) {
                    return "must be a list of texts";
                }
                if (texts.size() > field.maxItems()) {
                    return "must have at most " + field.maxItems() + " entries";
                }
                List<String> clean = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i) instanceof String text && !text.isBlank() && text.length() <= field.maxLength()) {
                        clean.add(text.strip());
                    } else {
                        errors.add(new FieldError(path + "[" + i + "]", "must be text of 1 to " + field.maxLength() + " characters"));
                    }
                }
                values.put(field.name(), clean.stream().distinct().toList());
            }
            case RECORDS -> {
                if (!(raw instanceof List<?> records)) {
                    return "must be a list";
                }
                if (records.size() > field.maxItems()) {
                    return "must have at most " + field.maxItems() + " entries";
                }
                List<Map<String, Object>> clean = new ArrayList<>();
                for (int i = 0; i < records.size(); i++) {
                    if (records.get(i) instanceof Map<?, ?> record) {
                        clean.add(checkFields(field.itemFields(), record, path + "[" + i + "].", today, errors));
                    } else {
                        errors.add(new FieldError(path + "[" + i + "]", "must be an object"));
                    }
                }
                values.put(field.name(), clean);
            }
        }
        return null;
    }
}
