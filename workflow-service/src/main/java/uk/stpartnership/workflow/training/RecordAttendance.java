package uk.stpartnership.workflow.training;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The trainer, the cohort's borough lead or the delivery partner records who attended a day, on or after it. The
 * cohort's process waits for it after each day; a correction later changes the records (and, once the cohort is
 * delivered, the courses it completes), not the process.
 */
@Singleton
public class RecordAttendance {

    private static final Logger LOG = LoggerFactory.getLogger(RecordAttendance.class);

    private final CohortRepository cohorts;
    private final BookingRepository bookings;
    private final AttendanceRepository attendance;
    private final TrainingAccess access;
    private final TrainingProcesses processes;
    private final DeliverCohort deliverCohort;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;
    private final Clock clock;

    RecordAttendance(CohortRepository cohorts, BookingRepository bookings, AttendanceRepository attendance,
                     TrainingAccess access, TrainingProcesses processes, DeliverCohort deliverCohort, RequestValidator validator,
                     BoroughCalendars calendars, Clock clock) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.attendance = attendance;
        this.access = access;
        this.processes = processes;
        this.deliverCohort = deliverCohort;
        this.validator = validator;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional
    public void record(Actor actor, UUID cohortId, int dayNumber, UncheckedBody<AttendanceRequest> body) {
        Cohort cohort = cohorts.findById(cohortId).filter(c -> access.seesCohort(actor, c))
                .orElseThrow(() -> ProblemException.notFound("Cohort"));
        CohortDay day = cohorts.days(cohortId).stream().filter(d -> d.dayNumber() == dayNumber).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Cohort day"));
        if (!access.mayRecordAttendance(actor, cohort)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Attendance is recorded by the trainer, the borough's implementation lead or the delivery partner");
        }
        AttendanceRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be the day's attendance");
        }
        validator.check(request);
        if (day.day().isAfter(calendars.today())) {
            throw ProblemException.conflict("Day " + dayNumber + " has not been held yet");
        }
        Set<String> placed = bookings.placesOf(cohortId).stream().map(Booking::personId).collect(Collectors.toSet());
        for (int i = 0; i < request.attended().size(); i++) {
            if (!placed.contains(request.attended().get(i).strip())) {
                throw ProblemException.badField("attended[" + i + "]", "has no place on this cohort");
            }
        }
        Set<String> attended = request.attended().stream().map(String::strip).collect(Collectors.toSet());
        Instant now = Instant.now(clock);
        placed.forEach(person -> attendance.record(UUID.randomUUID(), day.id(), person, attended.contains(person), actor.id(), now));
        processes.attendanceRecorded(day.id());
        if (cohort.deliveredOn() != null) {
            deliverCohort.completeCourses(cohort, actor.id());
        }
        LOG.info("Attendance of day {} of cohort {} recorded: {} of {}", dayNumber, cohortId, attended.size(), placed.size());
    }
}
