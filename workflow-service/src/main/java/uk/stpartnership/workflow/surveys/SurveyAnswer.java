package uk.stpartnership.workflow.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** What one survey answered: no person and no time, so it cannot be linked back to whoever returned it. */
@MappedEntity("survey_answer")
record SurveyAnswer(@Id UUID id, UUID cohortId, String course, String borough, short programmeYear, SurveyPhase phase,
                    short confidence, short knowledge, @Nullable String ageBand, @Nullable String gender,
                    @Nullable String ethnicity, @Nullable String disability, @Nullable String sexuality, @Nullable String trans) {
}
