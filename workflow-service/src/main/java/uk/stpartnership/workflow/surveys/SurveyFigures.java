package uk.stpartnership.workflow.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.evaluation.SmallCounts.Shown;

import java.math.BigDecimal;
import java.util.List;

/**
 * The report "Pre/post confidence per course" for a programme year (1 August to 31 July), of every borough or one.
 * Counts of answers only, never one person's: a count from 1 to the threshold - 1 is withheld, and so is everything
 * worked out from it. The change is the mean after minus the mean before: unpaired, since no answer is linked to
 * whoever gave it, so the people before and after may differ.
 */
@Serdeable
public record SurveyFigures(short programmeYear, String programmeYearName, @Nullable String borough, List<CourseFigures> courses,
                            List<DemographicFigures> demographics) {

    /** One course: before (null for a course without a survey before it), after, and the change of each mean. */
    @Serdeable
    public record CourseFigures(String course, String courseName, @Nullable PhaseFigures pre, PhaseFigures post,
                                @Nullable BigDecimal confidenceChange, @Nullable BigDecimal knowledgeChange) {
    }

    /**
     * One phase's answers: their number, the means (null while the number is withheld), and how many gave each score
     * 1 to 7. A distribution with any small count is withheld whole ({@code distributionShown} says so): with the
     * number and the mean shown, two withheld cells could be worked out.
     */
    @Serdeable
    public record PhaseFigures(SurveyPhase phase, Shown answers, @Nullable BigDecimal meanConfidence, @Nullable BigDecimal meanKnowledge,
                               @Nullable List<Long> confidence, @Nullable List<Long> knowledge, String distributionShown) {
    }

    /** One demographic question of the post-course answers: the count of each answer, NOT_ANSWERED last. */
    @Serdeable
    public record DemographicFigures(String question, String label, List<AnswerCount> answers) {
    }

    @Serdeable
    public record AnswerCount(String answer, String label, Shown count) {
    }
}
