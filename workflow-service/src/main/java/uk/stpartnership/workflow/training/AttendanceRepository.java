package uk.stpartnership.workflow.training;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttendanceRepository extends GenericRepository<Attendance, UUID> {

    /** Recorded again, the last answer counts. */
    @Query("""
            INSERT INTO training_attendance (id, cohort_day_id, person_id, attended, recorded_by, recorded_at)
            VALUES (:id, :cohortDayId, :personId, :attended, :recordedBy, :recordedAt)
            ON CONFLICT (cohort_day_id, person_id)
            DO UPDATE SET attended = EXCLUDED.attended, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
    void record(UUID id, UUID cohortDayId, String personId, boolean attended, String recordedBy, Instant recordedAt);

    /** Every answer recorded for the cohort's days. */
    @Query("""
            SELECT a.* FROM training_attendance a JOIN training_cohort_day d ON d.id = a.cohort_day_id
            WHERE d.cohort_id = :cohortId""")
    List<Attendance> ofCohort(UUID cohortId);
}
