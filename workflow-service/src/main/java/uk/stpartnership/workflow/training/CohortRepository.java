package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CohortRepository extends GenericRepository<Cohort, UUID> {

    Cohort save(Cohort cohort);

    Optional<Cohort> findById(UUID id);

    List<Cohort> findByIdIn(Collection<UUID> ids);

    /** The cohort, locked until the transaction ends: bookings and cancellations of one cohort take turns. */
    @Query("SELECT * FROM training_cohort WHERE id = :id FOR UPDATE")
    Optional<Cohort> lock(UUID id);

    /** Every cohort (borough null), or a borough's and the cross-borough ones; soonest first. */
    @Query(value = """
            SELECT * FROM training_cohort
            WHERE CAST(:borough AS text) IS NULL OR borough = :borough OR borough IS NULL
            ORDER BY first_day, id""",
            countQuery = """
            SELECT count(*) FROM training_cohort WHERE CAST(:borough AS text) IS NULL OR borough = :borough OR borough IS NULL""")
    Page<Cohort> visible(@Nullable String borough, Pageable pageable);

    @Query("UPDATE training_cohort SET delivered_on = :deliveredOn WHERE id = :id AND delivered_on IS NULL")
    int delivered(UUID id, LocalDate deliveredOn);

    @Query("SELECT * FROM training_cohort_day WHERE cohort_id = :cohortId ORDER BY day_number")
    List<CohortDay> days(UUID cohortId);
}
