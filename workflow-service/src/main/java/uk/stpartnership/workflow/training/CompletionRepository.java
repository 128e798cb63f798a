package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompletionRepository extends GenericRepository<Completion, UUID> {

    /** Whether it was new: a course is completed once per person; recording it again changes nothing. */
    @Query("""
            INSERT INTO training_completion (id, person_id, course, borough, completed_on, cohort_id, recorded_by, recorded_at)
            VALUES (:id, :personId, :course, :borough, :completedOn, :cohortId, :recordedBy, :recordedAt)
            ON CONFLICT (person_id, course) DO NOTHING""")
    int add(UUID id, String personId, String course, String borough, LocalDate completedOn, @Nullable UUID cohortId,
            String recordedBy, Instant recordedAt);

    /**
     * Holds the person's completions until the transaction ends: two courses completed at once (an e-learning recorded
     * while a cohort is delivered) would each miss the other and neither finish the pathway.
     */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('training-completion/' || :personId))) locked")
    long lockCompletionsOf(String personId);

    /** At most the catalogue's courses. */
    @Query("SELECT * FROM training_completion WHERE person_id = :personId ORDER BY completed_on, course")
    List<Completion> ofPerson(String personId);

    /**
     * Per course and programme year (named by the year whose 1 August starts it): cohorts delivered (of the borough,
     * or all when borough is null) and people who completed the course (of the borough, wherever they trained).
     */
    @Query("""
            SELECT course, year, sum(blocks) AS blocks, sum(attendance) AS attendance FROM (
                SELECT course, CAST(EXTRACT(YEAR FROM delivered_on - INTERVAL '7 months') AS integer) AS year, 1 AS blocks, 0 AS attendance
                FROM training_cohort WHERE delivered_on IS NOT NULL AND (CAST(:borough AS text) IS NULL OR borough = :borough)
                UNION ALL
                SELECT course, CAST(EXTRACT(YEAR FROM completed_on - INTERVAL '7 months') AS integer) AS year, 0 AS blocks, 1 AS attendance
                FROM training_completion WHERE CAST(:borough AS text) IS NULL OR borough = :borough
            ) AS figures WHERE year BETWEEN :fromYear AND :toYear
            GROUP BY course, year ORDER BY course, year""")
    List<AttendanceReport.Count> countPerCourseAndYear(int fromYear, int toYear, @Nullable String borough);
}
