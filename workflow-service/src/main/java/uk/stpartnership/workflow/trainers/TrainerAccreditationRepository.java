package uk.stpartnership.workflow.trainers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrainerAccreditationRepository extends GenericRepository<TrainerAccreditation, String> {

    /** How many cohorts a trainer has delivered. */
    @Serdeable
    record DeliveryCount(String trainerId, long cohorts) {
    }

    Optional<TrainerAccreditation> findById(String trainerId);

    Optional<TrainerAccreditation> findByAccreditationId(UUID accreditationId);

    /** Locks the accreditation until the transaction ends: a renewal, a delivery and a lapse see each other's work. */
    @Query("SELECT * FROM trainer_accreditation WHERE trainer_id = :trainerId FOR UPDATE")
    Optional<TrainerAccreditation> findForUpdate(String trainerId);

    /** Whether it was new: one accreditation per trainer, however often it is sent. */
    @Query("""
            INSERT INTO trainer_accreditation (trainer_id, accredited_on, recorded_by, recorded_at, accreditation_id, period_id)
            VALUES (:trainerId, :accreditedOn, :recordedBy, :recordedAt, :accreditationId, :periodId) ON CONFLICT DO NOTHING""")
    int insert(String trainerId, LocalDate accreditedOn, String recordedBy, Instant recordedAt, UUID accreditationId, UUID periodId);

    /** A new accreditation date; a lapsed one is in force again, in a new period. */
    @Query("""
            UPDATE trainer_accreditation SET accredited_on = :accreditedOn, recorded_by = :recordedBy, recorded_at = :recordedAt,
                   period_id = :periodId, lapsed_on = NULL, lapsed_because = NULL
            WHERE trainer_id = :trainerId""")
    void renew(String trainerId, LocalDate accreditedOn, String recordedBy, Instant recordedAt, UUID periodId);

    @Query("""
            UPDATE trainer_accreditation SET lapsed_on = :lapsedOn, lapsed_because = :because
            WHERE trainer_id = :trainerId AND period_id = :periodId AND lapsed_on IS NULL""")
    void lapse(String trainerId, UUID periodId, LocalDate lapsedOn, TrainerAccreditation.Lapse because);

    /** Whether this delivery was new: a cohort counts once for its trainer. */
    @Query("""
            INSERT INTO trainer_delivery (trainer_id, cohort_id, delivered_on) VALUES (:trainerId, :cohortId, :deliveredOn)
            ON CONFLICT DO NOTHING""")
    int addDelivery(String trainerId, UUID cohortId, LocalDate deliveredOn);

    @Query("""
            UPDATE trainer_accreditation SET last_delivered_on = :deliveredOn
            WHERE trainer_id = :trainerId AND (last_delivered_on IS NULL OR last_delivered_on < :deliveredOn)""")
    void delivered(String trainerId, LocalDate deliveredOn);

    /** Every trainer (everyone), or only the person's own accreditation; by trainer (the primary key's order). */
    @Query(value = "SELECT * FROM trainer_accreditation WHERE (:everyone OR trainer_id = :actorId) ORDER BY trainer_id",
            countQuery = "SELECT count(*) FROM trainer_accreditation WHERE (:everyone OR trainer_id = :actorId)")
    Page<TrainerAccreditation> list(boolean everyone, @Nullable String actorId, Pageable pageable);

    /** The cohorts of several trainers in one query (trainer_delivery's primary key leads with the trainer). */
    @Query("SELECT trainer_id, count(*) AS cohorts FROM trainer_delivery WHERE trainer_id IN (:trainerIds) GROUP BY trainer_id")
    List<DeliveryCount> deliveriesOf(List<String> trainerIds);
}
