package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sign-offs, and the agenda their findings went on; each step once, whatever is delivered twice. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditSignOffRepository extends GenericRepository<AuditSignOff, UUID> {

    @Query("""
            INSERT INTO audit_sign_off (round_id, signed_off_by, signed_off_at, note) VALUES (:roundId, :by, :at, :note)
            ON CONFLICT (round_id) DO NOTHING""")
    void insertIfAbsent(UUID roundId, String by, Instant at, @Nullable String note);

    @Query("SELECT * FROM audit_sign_off WHERE round_id = :roundId FOR UPDATE")
    Optional<AuditSignOff> findForUpdate(UUID roundId);

    /** The findings on a meeting's agenda; false when they were on one already. */
    @Query("UPDATE audit_sign_off SET meeting_id = :meetingId, on_agenda_at = :at WHERE round_id = :roundId AND meeting_id IS NULL")
    long putOnAgenda(UUID roundId, UUID meetingId, Instant at);

    String FINDINGS = """
            SELECT r.id AS round_id, r.reference, r.borough,
                   (SELECT count(*) FROM audit_case c WHERE c.round_id = r.id AND c.sampled) AS cases
            FROM audit_sign_off s JOIN audit_round r ON r.id = s.round_id""";

    /** Findings waiting for an operational group meeting (index audit_sign_off_awaiting_agenda), oldest first, in one query. */
    @Query(FINDINGS + " WHERE s.meeting_id IS NULL ORDER BY s.signed_off_at")
    List<Findings> awaitingAgenda();

    @Query(FINDINGS + " WHERE s.round_id = :roundId")
    Optional<Findings> findingsOf(UUID roundId);
}
