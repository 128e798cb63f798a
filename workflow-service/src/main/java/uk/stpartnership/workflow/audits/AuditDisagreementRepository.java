package uk.stpartnership.workflow.audits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A round's disagreements: found in one statement, once per case and criterion however often the comparison runs. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditDisagreementRepository extends GenericRepository<AuditDisagreement, UUID> {

    /** Every (moderated case, criterion) whose auditor's and moderator's scores differ (index audit_score_round). */
    @Query("""
            INSERT INTO audit_disagreement (id, round_id, audit_case_id, criterion_id, audit_score, moderation_score, found_at)
            SELECT gen_random_uuid(), a.round_id, a.audit_case_id, a.criterion_id, a.score, m.score, :at
            FROM audit_score a
            JOIN audit_score m ON m.audit_case_id = a.audit_case_id AND m.criterion_id = a.criterion_id AND m.scored_as = 'MODERATION'
            WHERE a.round_id = :roundId AND a.scored_as = 'AUDIT' AND a.score <> m.score
            ON CONFLICT (audit_case_id, criterion_id) DO NOTHING""")
    void recordDisagreements(UUID roundId, Instant at);

    @Query("SELECT * FROM audit_disagreement WHERE round_id = :roundId ORDER BY audit_case_id, criterion_id")
    List<AuditDisagreement> ofRound(UUID roundId);

    Optional<AuditDisagreement> findById(UUID id);

    @Query("SELECT * FROM audit_disagreement WHERE id = :id FOR UPDATE")
    Optional<AuditDisagreement> findForUpdate(UUID id);

    @Query("UPDATE audit_disagreement SET resolved_by = :by, resolved_at = :at WHERE id = :id AND resolved_at IS NULL")
    void resolve(UUID id, String by, Instant at);

    @Query("SELECT count(*) FROM audit_disagreement WHERE round_id = :roundId AND resolved_at IS NULL")
    long openIn(UUID roundId);
}
