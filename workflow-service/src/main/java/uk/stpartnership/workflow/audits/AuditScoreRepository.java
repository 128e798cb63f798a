package uk.stpartnership.workflow.audits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The scores of a round's cases; a case's scores go in one statement, and a second delivery of the same ones changes nothing. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditScoreRepository extends GenericRepository<AuditRound, UUID> {

    @Query("""
            INSERT INTO audit_score (round_id, audit_case_id, scored_as, criterion_id, score, evidence_note, scored_by, scored_at)
            SELECT :roundId, :auditCaseId, :scoredAs, s.criterion_id, s.score, s.note, :scoredBy, :scoredAt
            FROM unnest(CAST(:criteria AS uuid[]), CAST(:scores AS text[]), CAST(:notes AS text[])) AS s(criterion_id, score, note)
            ON CONFLICT (audit_case_id, scored_as, criterion_id) DO NOTHING""")
    void addScores(UUID roundId, UUID auditCaseId, String scoredAs, @TypeDef(type = DataType.STRING_ARRAY) List<String> criteria,
                   @TypeDef(type = DataType.STRING_ARRAY) List<String> scores, @TypeDef(type = DataType.STRING_ARRAY) List<String> notes,
                   String scoredBy, Instant scoredAt);

    /** Every score of a round (index audit_score_round), criterion by criterion. */
    @Query("SELECT * FROM audit_score WHERE round_id = :roundId ORDER BY criterion_id, audit_case_id, scored_as")
    List<AuditScore> scoresOf(UUID roundId);

    /** The scores of a page of rounds in one query. */
    @Query("SELECT * FROM audit_score WHERE round_id IN (:roundIds) ORDER BY round_id, criterion_id, audit_case_id, scored_as")
    List<AuditScore> scoresOfRounds(Collection<UUID> roundIds);
}
