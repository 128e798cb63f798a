package uk.stpartnership.uiapi.signin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PageSessionRepository extends GenericRepository<PageSession, String> {

    PageSession save(PageSession session);

    Optional<PageSession> findById(String tokenHash);

    @Query("UPDATE page_session SET last_seen_at = :now WHERE token_hash = :tokenHash")
    void touch(String tokenHash, Instant now);

    void deleteById(String tokenHash);

    /** Index page_session_last_seen. */
    @Query("DELETE FROM page_session WHERE last_seen_at < :before")
    int deleteSeenBefore(Instant before);
}
