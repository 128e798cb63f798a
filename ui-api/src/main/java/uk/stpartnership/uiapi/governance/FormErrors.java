package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.web.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a governance form shows when it comes back: each error on its input and in the summary, in the form's order.
 * The page's own errors (words it could not read) come first; then workflow-service's 400, each field path on the input
 * it came from ("cadence.everyWeeks" on the cadence), a blank answer asked for once.
 *
 * @param byInput the error of each input, by its name
 */
record FormErrors(Map<String, String> byInput, List<ErrorLink> links) {

    /**
     * A form's inputs: each name with the words the summary uses, in the page's order; the date inputs among them, and the
     * radios (a blank one is "Select ...", not "Enter ...").
     */
    record Inputs(Map<String, String> words, Set<String> dates, Set<String> choices, Function<String, String> inputOf) {

        String href(String input) {
            return "#" + input + (dates.contains(input) ? "-day" : "");
        }
    }

    static FormErrors of(Inputs inputs, Map<String, String> answers, Map<String, String> own, @Nullable Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>(own);
        if (problem != null && problem.errors() != null) {
            problem.errors().forEach(error -> {
                String input = inputs.inputOf().apply(error.field());
                String words = inputs.words().getOrDefault(input, input);
                errors.putIfAbsent(input, answers.getOrDefault(input, "").isBlank() ? (inputs.choices().contains(input) ? "Select " : "Enter ") + words
                        : Character.toUpperCase(words.charAt(0)) + words.substring(1) + " " + error.detail());
            });
        }
        List<ErrorLink> links = new ArrayList<>();
        inputs.words().keySet().stream().filter(errors::containsKey).forEach(input -> links.add(new ErrorLink(inputs.href(input), errors.get(input))));
        errors.keySet().stream().filter(input -> !inputs.words().containsKey(input)).forEach(input -> links.add(new ErrorLink("#main-content", errors.get(input))));
        if (links.isEmpty() && problem != null) {
            links.add(new ErrorLink(inputs.href(inputs.words().keySet().iterator().next()), problem.detail()));
        }
        return new FormErrors(errors, links);
    }

    boolean any() {
        return !links.isEmpty();
    }
}
