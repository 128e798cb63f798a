package uk.stpartnership.uiapi.surveys;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The survey's questions as workflow-service words them. */
@Serdeable
record SurveyQuestions(String confidence, String confidenceLowest, String confidenceHighest, String knowledge, String knowledgeLowest,
                       String knowledgeHighest, List<Question> demographics) {

    @Serdeable
    record Question(String name, String label, List<Option> answers) {
    }

    @Serdeable
    record Option(String value, String label) {
    }
}
