package uk.stpartnership.uiapi.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** workflow-service's survey report as the pages read it: counts shown or withheld, means, no person anywhere. */
@Serdeable
record SurveyReport(short programmeYear, String programmeYearName, @Nullable String borough, List<CourseFigures> courses,
                    List<Demographic> demographics) {

    @Serdeable
    record Shown(@Nullable Long count, String shown) {
    }

    @Serdeable
    record CourseFigures(String course, String courseName, @Nullable Phase pre, Phase post, @Nullable BigDecimal confidenceChange,
                         @Nullable BigDecimal knowledgeChange) {
    }

    @Serdeable
    record Phase(String phase, Shown answers, @Nullable BigDecimal meanConfidence, @Nullable BigDecimal meanKnowledge,
                 @Nullable List<Long> confidence, @Nullable List<Long> knowledge, String distributionShown) {
    }

    @Serdeable
    record Demographic(String question, String label, List<AnswerCount> answers) {
    }

    @Serdeable
    record AnswerCount(String answer, String label, Shown count) {
    }
}
