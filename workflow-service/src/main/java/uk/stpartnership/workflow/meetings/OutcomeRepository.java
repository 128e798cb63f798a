package uk.stpartnership.workflow.meetings;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The typed outcomes of a meeting's minutes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutcomeRepository extends GenericRepository<Outcome, UUID> {

    Outcome save(Outcome outcome);

    List<Outcome> findByMeetingIdOrderByPosition(UUID meetingId);
}
