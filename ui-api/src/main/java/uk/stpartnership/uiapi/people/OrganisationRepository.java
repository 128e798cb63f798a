package uk.stpartnership.uiapi.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends GenericRepository<Organisation, String> {

    List<Organisation> saveAll(Iterable<Organisation> organisations);

    List<Organisation> findAll();

    @Query("SELECT NOT EXISTS (SELECT 1 FROM organisation)")
    boolean none();
}
