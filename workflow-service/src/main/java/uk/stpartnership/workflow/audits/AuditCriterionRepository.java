package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The criteria of tools' versions, in their order (unique index on tool and position). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditCriterionRepository extends GenericRepository<AuditCriterion, UUID> {

    /** The criteria of a page of versions in one query. */
    @Query("SELECT * FROM audit_criterion WHERE tool_id IN (:toolIds) ORDER BY tool_id, position")
    List<AuditCriterion> ofTools(Collection<UUID> toolIds);

    /**
     * Which criterion of an earlier version each criterion of a later one continues, following correspondsTo through
     * the versions between them: a criterion continued by none, or continuing none, is not in the answer.
     */
    @Query("""
            WITH RECURSIVE chain (criterion_id, continues) AS (
                SELECT id, corresponds_to FROM audit_criterion WHERE tool_id = :toolId AND corresponds_to IS NOT NULL
                UNION ALL
                SELECT chain.criterion_id, c.corresponds_to FROM chain JOIN audit_criterion c ON c.id = chain.continues
                WHERE c.corresponds_to IS NOT NULL AND c.tool_id <> :earlierToolId)
            SELECT chain.criterion_id, chain.continues FROM chain JOIN audit_criterion earlier ON earlier.id = chain.continues
            WHERE earlier.tool_id = :earlierToolId""")
    List<Continuation> continuing(UUID toolId, UUID earlierToolId);

    @Introspected
    record Continuation(UUID criterionId, UUID continues) {
    }

    List<AuditCriterion> saveAll(Iterable<AuditCriterion> criteria);
}
