package uk.stpartnership.workflow.trainers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrainerAccreditationRepository extends GenericRepository<TrainerAccreditation, String> {

    Optional<TrainerAccreditation> findById(String trainerId);

    /** Whether this delivery was new: a cohort counts once for its trainer. */
    @Query("""
            INSERT INTO trainer_delivery (trainer_id, cohort_id, delivered_on) VALUES (:trainerId, :cohortId, :deliveredOn)
            ON CONFLICT DO NOTHING""")
    int addDelivery(String trainerId, UUID cohortId, LocalDate deliveredOn);

    @Query("""
            UPDATE trainer_accreditation SET last_delivered_on = :deliveredOn
            WHERE trainer_id = :trainerId AND (last_delivered_on IS NULL OR last_delivered_on < :deliveredOn)""")
    void delivered(String trainerId, LocalDate deliveredOn);
}
