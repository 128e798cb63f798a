package uk.stpartnership.workflow.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The consultations held, and the borough's list of requests with them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConsultationRepository extends GenericRepository<HeldConsultation, UUID> {

    @Query("SELECT * FROM consultation WHERE request_id = :requestId")
    Optional<HeldConsultation> findHeld(UUID requestId);

    /** Records a held consultation once: a second recording of the same request changes nothing. */
    default boolean insertHeldIfAbsent(HeldConsultation held) {
        return insertHeld(held.requestId(), held.borough(), held.heldOn(), held.themes(), held.followUpNeeded(), held.followUp(),
                held.notes(), held.heldBy(), held.recordedAt()) == 1;
    }

    @Query("""
            INSERT INTO consultation (request_id, borough, held_on, themes, follow_up_needed, follow_up, notes, held_by, recorded_at)
            VALUES (:requestId, :borough, :heldOn, :themes, :followUpNeeded, :followUp, :notes, :heldBy, :recordedAt)
            ON CONFLICT (request_id) DO NOTHING""")
    int insertHeld(UUID requestId, String borough, LocalDate heldOn, @TypeDef(type = DataType.STRING_ARRAY) List<Theme> themes,
                   boolean followUpNeeded, @Nullable String followUp, @Nullable String notes, String heldBy, Instant recordedAt);

    /** Held consultations per borough per month in [from, until); one borough, or all when borough is null. */
    @Query("""
            SELECT borough, to_char(date_trunc('month', held_on), 'YYYY-MM') AS month, count(*) AS consultations
            FROM consultation WHERE held_on >= :from AND held_on < :until AND (CAST(:borough AS text) IS NULL OR borough = :borough)
            GROUP BY borough, month ORDER BY month, borough""")
    List<MonthlyConsultations.Count> countByBoroughAndMonth(LocalDate from, LocalDate until, @Nullable String borough);

    /** The borough's requests, newest first (index consultation_request_borough_requested), each with its consultation once held. */
    @Query(value = """
            SELECT r.id, r.case_reference, r.practitioner_role, r.requested_by, r.requested_at,
                   c.held_on, c.held_by, c.themes, c.follow_up_needed
            FROM consultation_request r LEFT JOIN consultation c ON c.request_id = r.id
            WHERE r.borough = :borough ORDER BY r.requested_at DESC, r.id""",
            countQuery = "SELECT count(*) FROM consultation_request WHERE borough = :borough")
    Page<BoroughConsultation> ofBorough(String borough, Pageable pageable);

    /** A person's consultations held per quarter from a day on (index consultation_held_by). */
    @Query("""
            SELECT to_char(date_trunc('quarter', held_on), 'YYYY-"Q"Q') AS quarter, count(*) AS consultations
            FROM consultation WHERE held_by = :heldBy AND held_on >= :from GROUP BY quarter ORDER BY quarter""")
    List<QuarterlyConsultations> countHeldByQuarter(String heldBy, LocalDate from);

    /** Consultations held per person and day in [from, until), for several people at once (index consultation_held_by). */
    @Query("""
            SELECT held_by, held_on, count(*) AS consultations FROM consultation
            WHERE held_by IN (:heldBy) AND held_on >= :from AND held_on < :until GROUP BY held_by, held_on ORDER BY held_by, held_on""")
    List<DailyConsultations> countHeldByPersonAndDay(Collection<String> heldBy, LocalDate from, LocalDate until);
}
