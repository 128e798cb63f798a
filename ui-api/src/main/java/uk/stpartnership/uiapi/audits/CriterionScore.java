package uk.stpartnership.uiapi.audits;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.govuk.Choice;

import java.util.List;

/**
 * One criterion of a scoring task's form (AuditTaskPages): its wording, the score chosen and the evidence typed, and
 * what is wrong with them. Its inputs are named as the form's records ({@code scores[2].evidenceNote}), in the order the
 * task's context gives the criteria, so the API's field paths come back to this criterion.
 */
public record CriterionScore(int index, String criterionId, String legend, List<Choice> scores, @Nullable String evidence,
                             @Nullable String scoreError, @Nullable String evidenceError) {

    /** The input's name: the record's path and the item. */
    public String name(String item) {
        return "scores[" + index + "]." + item;
    }

    /** The input's id, as the error summary links to it. */
    public String id(String item) {
        return "scores-" + index + "-" + item;
    }
}
