package uk.stpartnership.workflow.consultations;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** The consultations practitioners asked for. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConsultationRequests extends GenericRepository<RequestedConsultation, UUID> {

    RequestedConsultation save(RequestedConsultation request);

    Optional<RequestedConsultation> findById(UUID id);
}
