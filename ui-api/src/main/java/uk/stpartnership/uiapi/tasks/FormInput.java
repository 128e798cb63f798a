package uk.stpartnership.uiapi.tasks;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.govuk.Choice;

import java.util.List;

/**
 * One input of a task's form as the page draws it, made from a form field (TaskFormPage): its GOV.UK component, its
 * name (the field's path, e.g. {@code outcomes[0].actions[1].owner}), what the person entered and what is wrong.
 *
 * @param component input, textarea, date, radios, checkboxes, list (TEXT_LIST) or records (RECORDS)
 * @param entries   a list's texts or a record list's items, each a group of inputs
 */
public record FormInput(String component, String id, String name, String label, @Nullable String hint, @Nullable String error,
                        @Nullable String value, List<String> date, List<Choice> choices, List<List<FormInput>> entries,
                        boolean canAddAnother) {
}
