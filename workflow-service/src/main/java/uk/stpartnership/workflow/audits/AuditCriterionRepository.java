package uk.stpartnership.workflow.audits;

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

    List<AuditCriterion> saveAll(Iterable<AuditCriterion> criteria);
}
