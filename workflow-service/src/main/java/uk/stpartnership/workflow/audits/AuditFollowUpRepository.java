package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Follow-up commitments and the steering meetings each missed one went to. Changes lock the row first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditFollowUpRepository extends GenericRepository<AuditFollowUp, UUID> {

    AuditFollowUp save(AuditFollowUp followUp);

    Optional<AuditFollowUp> findById(UUID roundId);

    @Query("SELECT * FROM audit_follow_up WHERE round_id = :roundId FOR UPDATE")
    Optional<AuditFollowUp> findForUpdate(UUID roundId);

    /** The follow-ups of a page of rounds, in one query. */
    @Query("SELECT * FROM audit_follow_up WHERE round_id IN (:roundIds)")
    List<AuditFollowUp> ofRounds(Collection<UUID> roundIds);

    @Query("UPDATE audit_follow_up SET status = 'STARTED', started_as = :startedAs WHERE round_id = :roundId")
    void markStarted(UUID roundId, UUID startedAs);

    @Query("""
            UPDATE audit_follow_up SET status = 'MISSED', missed_since = coalesce(missed_since, :since),
                   on_agenda_of = :onAgendaOf
            WHERE round_id = :roundId""")
    void markMissed(UUID roundId, LocalDate since, @Nullable String onAgendaOf);

    @Query("""
            UPDATE audit_follow_up SET status = 'CANCELLED', cancelled_by_decision = :decisionId, cancelled_by = :by, cancelled_at = :at
            WHERE round_id = :roundId""")
    void markCancelled(UUID roundId, UUID decisionId, String by, Instant at);

    /** Whether this is the first time the follow-up goes on this meeting's agenda (and records that it has). */
    @Query("""
            WITH added AS (INSERT INTO audit_follow_up_agenda (round_id, meeting_id) VALUES (:roundId, :meetingId)
                           ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*) FROM added""")
    long addToAgendaOf(UUID roundId, UUID meetingId);
}
