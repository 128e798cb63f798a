package uk.stpartnership.workflow.champions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Check-ins, one per task. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckInRepository extends GenericRepository<CheckIn, Long> {

    @Query("""
            INSERT INTO champion_check_in (task_key, champion_id, checked_in_by, checked_in_at, note)
            VALUES (:taskKey, :championId, :checkedInBy, :checkedInAt, :note) ON CONFLICT (task_key) DO NOTHING""")
    int insertIfAbsent(long taskKey, UUID championId, String checkedInBy, Instant checkedInAt, String note);

    /** The latest first, at most limit (index champion_check_in_champion). */
    @Query("SELECT * FROM champion_check_in WHERE champion_id = :championId ORDER BY checked_in_at DESC LIMIT :limit")
    List<CheckIn> latestOf(UUID championId, int limit);
}
