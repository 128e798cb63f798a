package uk.stpartnership.uiapi.surveys;

import io.micronaut.core.type.Argument;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.pages.WorkflowPages;

import java.util.List;

/** The surveys a person may answer now, as links for training's page ("Your training"). */
@Singleton
public class SurveysToAnswer {

    /** A survey to answer: its cohort, the form's address and the words of its link. */
    public record Link(String cohortId, String href, String text) {
    }

    private final WorkflowPages workflow;

    SurveysToAnswer(WorkflowPages workflow) {
        this.workflow = workflow;
    }

    /** Of the person's latest places (the first page of them). */
    public List<Link> of(Authentication person) {
        return workflow.get(person, "/internal/surveys/due?size=20", Argument.listOf(SurveyPages.Due.class)).stream()
                .map(due -> new Link(due.cohortId(), SurveyPages.href(due.cohortId(), due.phase()),
                        ("PRE".equals(due.phase()) ? "Survey before " : "Survey after ") + due.courseName() + ", " + due.days()))
                .toList();
    }
}
