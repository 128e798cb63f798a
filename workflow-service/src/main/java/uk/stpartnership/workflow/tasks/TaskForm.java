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

/**
 * What a kind of task asks of the person who completes it. A user task names its kind with the form key
 * in the model; completing the task is checked against these fields before anything reaches the engine.
 *
 * @param kind             the form key in the BPMN model
 * @param title            what the inbox shows
 * @param contextVariables process variables the person needs to see to do the task
 * @param fields           what the person fills in
 */
@Serdeable
public record TaskForm(String kind, String title, List<String> contextVariables, List<Field> fields) {

    public enum FieldType { DATE, TEXT, YES_NO, CHOICES }

    /**
     * @param requiredWhenYes the name of a YES_NO field: this field is required when that one is yes
     * @param options         the allowed values of a CHOICES field (at least one must be chosen)
     */
    @Serdeable
    public record Field(String name, String label, FieldType type, boolean required, String requiredWhenYes,
                        List<String> options, int maxLength) {

        public static Field date(String name, String label) {
            return new Field(name, label, FieldType.DATE, true, null, List.of(), 0);
        }

        public static Field text(String name, String label, boolean required, int maxLength) {
            return new Field(name, label, FieldType.TEXT, required, null, List.of(), maxLength);
        }

        public static Field textRequiredWhenYes(String name, String label, String yesNoField, int maxLength) {
            return new Field(name, label, FieldType.TEXT, false, yesNoField, List.of(), maxLength);
        }

        public static Field yesNo(String name, String label) {
            return new Field(name, label, FieldType.YES_NO, true, null, List.of(), 0);
        }

        public static Field choices(String name, String label, Collection<String> options) {
            return new Field(name, label, FieldType.CHOICES, true, null, List.copyOf(options), 0);
        }
    }

    /** The outcome of checking a submission: the clean values to complete the task with, or what is wrong. */
    public record Checked(Map<String, Object> values, List<FieldError> errors) {
    }

    /** Checks a submission; unknown fields are errors too, so nothing unexpected reaches the process. */
    public Checked check(Map<String, Object> submitted, LocalDate today) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = new java.util.HashSet<>();
        for (Field field : fields) {
            known.add(field.name());
        }
        submitted.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "is not a field of this form")));
        for (Field field : fields) {
            Object raw = submitted.get(field.name());
            boolean blank = raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof List<?> l && l.isEmpty());
            boolean required = field.required()
                    || (field.requiredWhenYes() != null && Boolean.TRUE.equals(submitted.get(field.requiredWhenYes())));
            if (blank) {
                if (required) {
                    errors.add(new FieldError(field.name(), "is required"));
                }
                continue;
            }
            String problem = checkValue(field, raw, today, values);
            if (problem != null) {
                errors.add(new FieldError(field.name(), problem));
            }
        }
        return new Checked(values, errors);
    }

    private static String checkValue(Field field, Object raw, LocalDate today, Map<String, Object> values) {
        switch (field.type()) {
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(String.valueOf(raw));
                    if (date.isAfter(today)) {
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
        }
        return null;
    }
}
