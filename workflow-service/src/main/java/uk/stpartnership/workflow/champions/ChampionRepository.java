package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Champions. A null borough lists every borough's (the partnership-wide and the delivery partner's view). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChampionRepository extends CrudRepository<Champion, UUID> {

    String SUMMARY = "SELECT c.id, c.person, c.borough, c.team_id, t.name AS team_name, c.status, c.active_from, c.leaving_on, c.ended_on"
            + " FROM champion c JOIN champion_team t ON t.id = c.team_id";

    @Query("SELECT * FROM champion WHERE id = :id FOR UPDATE")
    Optional<Champion> findForUpdate(UUID id);

    Optional<Champion> findByNominationId(UUID nominationId);

    /** Whether the person is a champion now, or on their way to becoming one. */
    @Query("SELECT EXISTS (SELECT 1 FROM champion WHERE person = :person AND status <> 'ENDED')")
    boolean isChampion(String person);

    /** Index champion_borough_team. */
    @Query(value = SUMMARY + " WHERE (CAST(:borough AS text) IS NULL OR c.borough = :borough) ORDER BY c.borough, t.name, c.person, c.id",
            countQuery = "SELECT count(*) FROM champion c WHERE (CAST(:borough AS text) IS NULL OR c.borough = :borough)")
    Page<ChampionSummary> list(@Nullable String borough, Pageable pageable);

    @Query(SUMMARY + " WHERE c.id = :id")
    Optional<ChampionSummary> summary(UUID id);

    /** Teams with their active champions and those in training or signing, every team once (index champion_borough_team). */
    @Query(value = """
            SELECT t.id AS team_id, t.borough, t.name AS team_name,
                   count(c.id) FILTER (WHERE c.status = 'ACTIVE') AS active_champions,
                   count(c.id) FILTER (WHERE c.status IN ('IN_TRAINING', 'AGREEMENT')) AS in_training,
                   count(c.id) FILTER (WHERE c.status = 'ACTIVE') = 0 AS flagged
            FROM champion_team t LEFT JOIN champion c ON c.team_id = t.id
            WHERE (CAST(:borough AS text) IS NULL OR t.borough = :borough)
            GROUP BY t.id, t.borough, t.name ORDER BY t.borough, t.name, t.id""",
            countQuery = "SELECT count(*) FROM champion_team t WHERE (CAST(:borough AS text) IS NULL OR t.borough = :borough)")
    Page<TeamCoverage> coverage(@Nullable String borough, Pageable pageable);

    @Query("UPDATE champion SET status = 'AGREEMENT', trained_at = :at WHERE id = :id AND status = 'IN_TRAINING'")
    int markTrained(UUID id, Instant at);

    @Query("UPDATE champion SET status = 'ACTIVE', active_from = :from WHERE id = :id AND status = 'AGREEMENT'")
    int markActive(UUID id, LocalDate from);

    @Query("UPDATE champion SET signed_by_champion_at = :at WHERE id = :id AND signed_by_champion_at IS NULL")
    int signByChampion(UUID id, Instant at);

    @Query("UPDATE champion SET signed_by_manager = :by, signed_by_manager_at = :at WHERE id = :id AND signed_by_manager_at IS NULL")
    int signByManager(UUID id, String by, Instant at);

    /** The lead's record of an end: now (endedOn), or a leaving date still to come (leavingOn). */
    @Query("UPDATE champion SET leaving_on = :leavingOn, ended_on = :endedOn, end_reason = :reason, end_recorded_by = :by WHERE id = :id")
    int recordEnd(UUID id, @Nullable LocalDate leavingOn, @Nullable LocalDate endedOn, String reason, String by);

    /** The agreement ends: on the day the lead recorded, or the leaving date, or today. */
    @Query("UPDATE champion SET status = 'ENDED', ended_on = coalesce(ended_on, leaving_on, :today) WHERE id = :id AND status <> 'ENDED'")
    int markEnded(UUID id, LocalDate today);
}
