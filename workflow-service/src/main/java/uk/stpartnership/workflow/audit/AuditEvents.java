package uk.stpartnership.workflow.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEvents extends GenericRepository<AuditEvent, Long> {

    /** Several entries in one batch. */
    List<AuditEvent> saveAll(Iterable<AuditEvent> events);

    AuditEvent save(AuditEvent event);

    /**
     * SET LOCAL synchronous_commit TO off: this transaction's commit does not wait for its WAL to reach the disk. Only
     * for a transaction that changes nothing but a list read's audit entry (AuditLog.recordList says why).
     */
    @Query("SELECT set_config('synchronous_commit', 'off', true)")
    String commitWithoutWaitingForFlush();

    /** A record's trail, newest first: every entry about it (index audit_event_about, by containment). */
    @Query(value = "SELECT * FROM audit_event WHERE about @> ARRAY[:about]::text[] ORDER BY at DESC, id DESC",
            countQuery = "SELECT count(*) FROM audit_event WHERE about @> ARRAY[:about]::text[]")
    Page<AuditEvent> findAbout(String about, Pageable pageable);
}
