package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BookingRepository extends GenericRepository<Booking, UUID> {

    Booking save(Booking booking);

    Optional<Booking> findById(UUID id);

    /** The person's booking of the cohort that is not cancelled (index training_booking_live). */
    @Query("SELECT * FROM training_booking WHERE cohort_id = :cohortId AND person_id = :personId AND status <> 'CANCELLED'")
    Optional<Booking> live(UUID cohortId, String personId);

    @Query("SELECT count(*) FROM training_booking WHERE cohort_id = :cohortId AND status = 'PLACE'")
    long places(UUID cohortId);

    @Query("SELECT count(*) FROM training_booking WHERE cohort_id = :cohortId AND status = 'WAITING_LIST'")
    long waiting(UUID cohortId);

    /** Its place among those waiting, from 1. */
    @Query("""
            SELECT count(*) FROM training_booking w, training_booking b WHERE b.id = :id AND w.cohort_id = b.cohort_id
            AND w.status = 'WAITING_LIST' AND (w.booked_at, w.id) <= (b.booked_at, b.id)""")
    long waitingPosition(UUID id);

    /** The first on the cohort's waiting list, in the order they booked. */
    @Query("""
            SELECT * FROM training_booking WHERE cohort_id = :cohortId AND status = 'WAITING_LIST'
            ORDER BY booked_at, id LIMIT 1""")
    Optional<Booking> nextWaiting(UUID cohortId);

    @Query("UPDATE training_booking SET status = 'PLACE', placed_at = :at WHERE id = :id AND status = 'WAITING_LIST'")
    int promote(UUID id, Instant at);

    @Query("UPDATE training_booking SET status = 'CANCELLED', cancelled_at = :at WHERE id = :id AND status <> 'CANCELLED'")
    int cancel(UUID id, Instant at);

    /** The cohort's places, then its waiting list in order; one borough's trainees only, or all when borough is null. */
    @Query(value = """
            SELECT * FROM training_booking WHERE cohort_id = :cohortId AND status <> 'CANCELLED'
            AND (CAST(:borough AS text) IS NULL OR borough = :borough)
            ORDER BY status = 'WAITING_LIST', booked_at, id""",
            countQuery = """
            SELECT count(*) FROM training_booking WHERE cohort_id = :cohortId AND status <> 'CANCELLED'
            AND (CAST(:borough AS text) IS NULL OR borough = :borough)""")
    Page<Booking> ofCohort(UUID cohortId, @Nullable String borough, Pageable pageable);

    /** Everyone holding a place: at most the cohort's capacity. */
    @Query("SELECT * FROM training_booking WHERE cohort_id = :cohortId AND status = 'PLACE' ORDER BY booked_at, id")
    List<Booking> placesOf(UUID cohortId);

    /** A person's own bookings, newest first (index training_booking_person). */
    @Query(value = "SELECT * FROM training_booking WHERE person_id = :personId ORDER BY booked_at DESC, id",
            countQuery = "SELECT count(*) FROM training_booking WHERE person_id = :personId")
    Page<Booking> ofPerson(String personId, Pageable pageable);

    /** A person's places, newest booking first (index training_booking_person). */
    @Query(value = "SELECT * FROM training_booking WHERE person_id = :personId AND status = 'PLACE' ORDER BY booked_at DESC, id",
            countQuery = "SELECT count(*) FROM training_booking WHERE person_id = :personId AND status = 'PLACE'")
    Page<Booking> placesOfPerson(String personId, Pageable pageable);
}
