package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Nominations and their declines. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NominationRepository extends CrudRepository<Nomination, UUID> {

    String SUMMARY = """
            SELECT n.id, n.borough, n.candidate, n.team_id, t.name AS team_name, n.practitioner_role, n.years_in_borough,
                   n.line_manager, n.route, n.status, n.put_forward_by, n.put_forward_at,
                   d.declined_as, d.declined_by, d.reason AS decline_reason, d.declined_at
            FROM champion_nomination n JOIN champion_team t ON t.id = n.team_id
            LEFT JOIN champion_nomination_decline d ON d.nomination_id = n.id""";

    @Query("SELECT * FROM champion_nomination WHERE id = :id FOR UPDATE")
    Optional<Nomination> findForUpdate(UUID id);

    /** Whether the person has a nomination still being decided. */
    @Query("SELECT EXISTS (SELECT 1 FROM champion_nomination WHERE candidate = :candidate AND status NOT IN ('DECLINED', 'AGREED'))")
    boolean isOpenFor(String candidate);

    /** Newest first (index champion_nomination_borough). */
    @Query(value = SUMMARY + " WHERE (CAST(:borough AS text) IS NULL OR n.borough = :borough) ORDER BY n.put_forward_at DESC, n.id",
            countQuery = "SELECT count(*) FROM champion_nomination n WHERE (CAST(:borough AS text) IS NULL OR n.borough = :borough)")
    Page<NominationSummary> list(@Nullable String borough, Pageable pageable);

    @Query(SUMMARY + " WHERE n.id = :id")
    Optional<NominationSummary> summary(UUID id);

    @Query("UPDATE champion_nomination SET status = :status WHERE id = :id")
    int changeStatus(UUID id, Nomination.Status status);

    /** Keeps the first decline: a second for the same nomination changes nothing. */
    @Query("""
            INSERT INTO champion_nomination_decline (nomination_id, declined_as, declined_by, reason, declined_at)
            VALUES (:nominationId, :declinedAs, :declinedBy, :reason, :declinedAt) ON CONFLICT (nomination_id) DO NOTHING""")
    int insertDecline(UUID nominationId, String declinedAs, String declinedBy, String reason, Instant declinedAt);
}
