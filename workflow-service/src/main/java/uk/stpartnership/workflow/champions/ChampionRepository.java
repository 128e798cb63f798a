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
import java.util.List;
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

    /** Per borough: its teams, those with no active champion, and its active champions (reports; index champion_borough_team). */
    @Query("""
            SELECT t.borough, count(*) AS teams, count(*) FILTER (WHERE coalesce(a.active, 0) = 0) AS teams_with_no_champion,
                   coalesce(sum(a.active), 0) AS active_champions
            FROM champion_team t
            LEFT JOIN (SELECT team_id, count(*) AS active FROM champion WHERE status = 'ACTIVE' GROUP BY team_id) a ON a.team_id = t.id
            WHERE (CAST(:borough AS text) IS NULL OR t.borough = :borough)
            GROUP BY t.borough ORDER BY t.borough""")
    List<ChampionsPerTeam.Count> countPerBorough(@Nullable String borough);

    String ACTIVE_IN = " FROM champion c JOIN champion_team t ON t.id = c.team_id"
            + " WHERE c.active_from IS NOT NULL AND c.active_from < :until AND (c.ended_on IS NULL OR c.ended_on >= :from)"
            + " AND (CAST(:borough AS text) IS NULL OR c.borough = :borough)";

    /** The champions active at some time in [from, until), by borough, team and name (index champion_active_from). */
    @Query(value = "SELECT c.id, c.person, c.borough, t.name AS team_name, c.active_from, c.ended_on" + ACTIVE_IN
            + " ORDER BY c.borough, t.name, c.person, c.id", countQuery = "SELECT count(*)" + ACTIVE_IN)
    Page<ActivePeriod> activeIn(LocalDate from, LocalDate until, @Nullable String borough, Pageable pageable);

    /** Every champion active at some time in [from, until): the boroughs' totals add them all up. */
    @Query("SELECT c.id, c.person, c.borough, t.name AS team_name, c.active_from, c.ended_on" + ACTIVE_IN + " ORDER BY c.borough, c.id")
    List<ActivePeriod> allActiveIn(LocalDate from, LocalDate until, @Nullable String borough);

    /**
     * Per borough and quarter of becoming active: how many did, how many did 6 and 12 months or more before today, and
     * of those how many had not ended (ended_on after) 6 and 12 months after (index champion_active_from).
     */
    @Query("""
            SELECT borough, quarter, count(*) AS became_active,
                   count(*) FILTER (WHERE six <= :today) AS active_six_months_ago,
                   count(*) FILTER (WHERE six <= :today AND (ended_on IS NULL OR ended_on > six)) AS still_active_after_six_months,
                   count(*) FILTER (WHERE twelve <= :today) AS active_twelve_months_ago,
                   count(*) FILTER (WHERE twelve <= :today AND (ended_on IS NULL OR ended_on > twelve)) AS still_active_after_twelve_months
            FROM (SELECT borough, to_char(date_trunc('quarter', active_from), 'YYYY-"Q"Q') AS quarter, ended_on,
                         CAST(active_from + INTERVAL '6 months' AS date) AS six, CAST(active_from + INTERVAL '12 months' AS date) AS twelve
                  FROM champion WHERE active_from IS NOT NULL AND active_from <= :today
                  AND (CAST(:borough AS text) IS NULL OR borough = :borough)) AS started
            GROUP BY borough, quarter ORDER BY borough, quarter""")
    List<ChampionRetention.Count> countRetention(LocalDate today, @Nullable String borough);

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
