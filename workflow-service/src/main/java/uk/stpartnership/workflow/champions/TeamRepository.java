package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** A borough's team register (unique by borough and name). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamRepository extends CrudRepository<Team, UUID> {

    @Query(value = "SELECT * FROM champion_team WHERE (CAST(:borough AS text) IS NULL OR borough = :borough) ORDER BY borough, name, id",
            countQuery = "SELECT count(*) FROM champion_team WHERE (CAST(:borough AS text) IS NULL OR borough = :borough)")
    Page<Team> list(@Nullable String borough, Pageable pageable);

    boolean existsByBoroughAndName(String borough, String name);
}
