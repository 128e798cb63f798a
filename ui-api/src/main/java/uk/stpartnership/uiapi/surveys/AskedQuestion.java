package uk.stpartnership.uiapi.surveys;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.govuk.Choice;

import java.util.List;

/** One question of the survey form: its input's name, its words, its answers (the one chosen checked), the error on it. */
public record AskedQuestion(String name, String legend, List<Choice> answers, @Nullable String error) {
}
