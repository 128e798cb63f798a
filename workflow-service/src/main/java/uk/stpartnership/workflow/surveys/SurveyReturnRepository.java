package uk.stpartnership.workflow.surveys;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SurveyReturnRepository extends GenericRepository<SurveyReturn, UUID> {

    /** Whether it is the first return: a second of the same person, cohort and phase changes nothing (0). */
    @Query("INSERT INTO survey_return (cohort_id, person_id, phase) VALUES (:cohortId, :personId, :phase) ON CONFLICT DO NOTHING")
    int add(UUID cohortId, String personId, String phase);

    /** The person's returns for these cohorts (a page of their places; index survey_return_person). */
    @Query("SELECT * FROM survey_return WHERE person_id = :personId AND cohort_id IN (:cohortIds)")
    List<SurveyReturn> ofPerson(String personId, Collection<UUID> cohortIds);
}
