package uk.stpartnership.workflow.surveys;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The survey's questions in words, kept here once: the pages ask them as written, the API document describes them. */
@Serdeable
public record SurveyQuestions(String confidence, String confidenceLowest, String confidenceHighest, String knowledge,
                              String knowledgeLowest, String knowledgeHighest, List<Demographics.Question> demographics) {

    static final String CONFIDENCE = "How confident do you feel about using the Safe & Together Model in your work?";
    static final String CONFIDENCE_LOWEST = "not at all confident";
    static final String CONFIDENCE_HIGHEST = "very confident";
    static final String KNOWLEDGE = "How would you rate your knowledge of the Safe & Together Model?";
    static final String KNOWLEDGE_LOWEST = "no knowledge";
    static final String KNOWLEDGE_HIGHEST = "expert knowledge";

    static final SurveyQuestions ASKED = new SurveyQuestions(CONFIDENCE, CONFIDENCE_LOWEST, CONFIDENCE_HIGHEST, KNOWLEDGE,
            KNOWLEDGE_LOWEST, KNOWLEDGE_HIGHEST, Demographics.QUESTIONS);
}
