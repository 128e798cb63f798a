package uk.stpartnership.workflow.champions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Successions, one per champion whose agreement ended. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SuccessionRepository extends GenericRepository<Succession, UUID> {

    Optional<Succession> findById(UUID championId);

    @Query("""
            INSERT INTO champion_succession (champion_id, borough, team_id, due_on, due_at, started_at)
            VALUES (:championId, :borough, :teamId, :dueOn, :dueAt, :startedAt) ON CONFLICT (champion_id) DO NOTHING""")
    int insertIfAbsent(UUID championId, String borough, UUID teamId, LocalDate dueOn, Instant dueAt, Instant startedAt);

    @Query("UPDATE champion_succession SET done_by = :by, done_at = :at, outcome = :outcome WHERE champion_id = :championId AND done_at IS NULL")
    int markDone(UUID championId, String by, Instant at, String outcome);
}
