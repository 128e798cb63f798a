package uk.stpartnership.workflow.training;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.trainers.AccreditedTrainers;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An implementation lead (their borough) or the delivery partner (any borough, or cross-borough) sets up a cohort of a
 * classroom course: one date per course day, a trainer (accredited on the first day, for Core), a venue or a link. The
 * cohort and its days are saved with the start of its process, which runs once they are committed.
 */
@Singleton
public class PlanCohort {

    private static final Logger LOG = LoggerFactory.getLogger(PlanCohort.class);

    private final CohortRepository cohorts;
    private final CohortDayRepository cohortDays;
    private final TrainingCatalogue catalogue;
    private final TrainingAccess access;
    private final TrainingProcesses processes;
    private final AccreditedTrainers trainers;
    private final PeopleDirectory people;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;
    private final LocalTime attendanceDueTime;
    private final Clock clock;

    PlanCohort(CohortRepository cohorts, CohortDayRepository cohortDays, TrainingCatalogue catalogue, TrainingAccess access,
               TrainingProcesses processes, AccreditedTrainers trainers, PeopleDirectory people, RequestValidator validator,
               BoroughCalendars calendars, @Value("${training.attendance-due-time}") String attendanceDueTime, Clock clock) {
        this.cohorts = cohorts;
        this.cohortDays = cohortDays;
        this.catalogue = catalogue;
        this.access = access;
        this.processes = processes;
        this.trainers = trainers;
        this.people = people;
        this.validator = validator;
        this.calendars = calendars;
        this.attendanceDueTime = LocalTime.parse(attendanceDueTime);
        this.clock = clock;
    }

    @Transactional
    public CohortView plan(Actor actor, UncheckedBody<CohortRequest> body) {
        CohortRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a cohort");
        }
        String borough = request.borough() == null || request.borough().isBlank() ? null : request.borough().strip();
        if (!access.mayPlan(actor, borough)) {
            throw new ProblemException(HttpStatus.FORBIDDEN,
                    "Implementation leads set up their own borough's cohorts; the delivery partner any borough's or cross-borough ones");
        }
        validator.check(request);
        Course course = checked(request);
        UUID id = UUID.randomUUID();
        List<CohortDay> days = new ArrayList<>();
        for (int i = 0; i < request.days().size(); i++) {
            CohortRequest.Day day = request.days().get(i);
            days.add(new CohortDay(UUID.randomUUID(), id, i + 1, day.day(), LocalTime.parse(day.startTime()), LocalTime.parse(day.endTime())));
        }
        Cohort cohort = cohorts.save(new Cohort(id, course.code(), borough, request.trainer().strip(), blankToNull(request.venue()),
                blankToNull(request.onlineLink()), request.capacity(), days.getFirst().day(), days.getLast().day(), null, actor.id(),
                Instant.now(clock)));
        cohortDays.saveAll(days);
        processes.cohortPlanned(cohort, days.stream().map(this::processDay).toList());
        LOG.info("Cohort {} of {} planned ({}), trainer {}", id, course.code(), borough == null ? "cross-borough" : borough, cohort.trainerId());
        return CohortView.of(cohort, course, days, 0, 0, Page.of(List.of(), new PageRequest(0, 1), 0));
    }

    /** The course, once everything bean validation cannot see is right: every error at once, by its field. */
    private Course checked(CohortRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Course course = catalogue.course(request.course()).orElse(null);
        if (course == null) {
            errors.add(new FieldError("course", "must be one of " + catalogue.courses().stream().map(Course::code).toList()));
        } else if (!course.classroom()) {
            errors.add(new FieldError("course", "is an e-learning course: record each person's completion instead"));
        } else if (request.days().size() != course.days()) {
            errors.add(new FieldError("days", "must be " + course.days() + " for " + course.name()));
        }
        LocalDate today = calendars.today();
        for (int i = 0; i < request.days().size(); i++) {
            CohortRequest.Day day = request.days().get(i);
            if (day.day().isBefore(today)) {
                errors.add(new FieldError("days[" + i + "].day", "must be today or later"));
            } else if (i > 0 && !day.day().isAfter(request.days().get(i - 1).day())) {
                errors.add(new FieldError("days[" + i + "].day", "must be after the day before it"));
            }
            if (!LocalTime.parse(day.endTime()).isAfter(LocalTime.parse(day.startTime()))) {
                errors.add(new FieldError("days[" + i + "].endTime", "must be after the start"));
            }
        }
        if (blankToNull(request.venue()) == null && blankToNull(request.onlineLink()) == null) {
            errors.add(new FieldError("venue", "must be given, or an online link"));
        }
        String trainer = request.trainer().strip();
        if (!people.exists(trainer)) {
            errors.add(new FieldError("trainer", "must be a person of the platform"));
        } else if (course != null && catalogue.needsAccreditedTrainer(course.code())
                && !trainers.accreditedOn(trainer, request.days().getFirst().day())) {
            errors.add(new FieldError("trainer", "must be an accredited trainer on the first day to lead " + course.name()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return course;
    }

    /** What the cohort's process needs of a day: when it ends, when its attendance is due (the day after). */
    private Map<String, Object> processDay(CohortDay day) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("cohortDayId", day.id().toString());
        variables.put("dayNumber", day.dayNumber());
        variables.put("endsAt", calendars.at(day.day(), day.endsAt()).toInstant().toString());
        variables.put("attendanceDueAt", calendars.at(day.day().plusDays(1), attendanceDueTime).toInstant().toString());
        return variables;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
