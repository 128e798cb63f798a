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
     * Per course, borough and programme year (named by the year whose 1 August starts it) in [from, until): cohorts
     * delivered (by the cohort's borough, null for cross-borough) and people who completed the course (by their own
     * borough, wherever they trained). Indexes training_cohort_delivered_on, training_completion_completed_on.
     */
    @Query("""
            SELECT course, borough, year, sum(blocks) AS blocks, sum(attendance) AS attendance FROM (
                SELECT course, borough, CAST(EXTRACT(YEAR FROM delivered_on - INTERVAL '7 months') AS integer) AS year, 1 AS blocks, 0 AS attendance
                FROM training_cohort WHERE delivered_on >= :from AND delivered_on < :until
                UNION ALL
                SELECT course, borough, CAST(EXTRACT(YEAR FROM completed_on - INTERVAL '7 months') AS integer) AS year, 0 AS blocks, 1 AS attendance
                FROM training_completion WHERE completed_on >= :from AND completed_on < :until
            ) AS figures
            GROUP BY course, borough, year ORDER BY course, borough, year""")
    List<AttendanceReport.Count> countPerCourseBoroughAndYear(LocalDate from, LocalDate until);
}
