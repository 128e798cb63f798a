package uk.stpartnership.workflow.demo;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DemoHistoryLoads extends GenericRepository<DemoHistoryLoad, String> {

    /** Answers 0 when an earlier start (or a concurrent call) claimed it. */
    @Query("INSERT INTO demo_history (name, started_at) VALUES (:name, :startedAt) ON CONFLICT (name) DO NOTHING")
    int claim(String name, Instant startedAt);

    @Query("UPDATE demo_history SET loaded_at = :loadedAt WHERE name = :name")
    void markLoaded(String name, Instant loadedAt);
}
