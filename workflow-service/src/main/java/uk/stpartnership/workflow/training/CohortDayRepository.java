package uk.stpartnership.workflow.training;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CohortDayRepository extends GenericRepository<CohortDay, UUID> {

    void saveAll(List<CohortDay> days);

    Optional<CohortDay> findById(UUID id);
}
