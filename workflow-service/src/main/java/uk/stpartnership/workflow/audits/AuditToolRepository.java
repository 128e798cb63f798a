package uk.stpartnership.workflow.audits;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** The tools' versions, by name then newest version first (unique index on name and version). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditToolRepository extends CrudRepository<AuditTool, UUID> {

    @Query(value = "SELECT * FROM audit_tool ORDER BY name, version DESC", countQuery = "SELECT count(*) FROM audit_tool")
    Page<AuditTool> list(Pageable pageable);

    /** Serialises the versions of one tool: the next number is read under it. */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('audit-tool/' || :name))) locked")
    long lockName(String name);

    @Query("SELECT * FROM audit_tool WHERE name = :name ORDER BY version DESC LIMIT 1")
    Optional<AuditTool> newest(String name);

    @Query("SELECT coalesce(max(version), 0) FROM audit_tool WHERE name = :name")
    int latestVersion(String name);
}
