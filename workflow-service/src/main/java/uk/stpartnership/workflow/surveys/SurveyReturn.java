package uk.stpartnership.workflow.surveys;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * WHO returned a survey: the cohort, the person, the phase, and nothing they answered. The table's key is all three
 * (V22); the repository's queries are written by hand, so the mapping names only the cohort as its id.
 */
@MappedEntity("survey_return")
record SurveyReturn(@Id UUID cohortId, String personId, SurveyPhase phase) {
}
