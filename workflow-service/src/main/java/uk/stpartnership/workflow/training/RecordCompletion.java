package uk.stpartnership.workflow.training;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.validation.RequestValidator;

/**
 * The person's implementation lead (or the delivery partner) records an e-learning course completed; recording it
 * again changes nothing. Classroom courses are completed by attendance, never here.
 */
@Singleton
public class RecordCompletion {

    private final TrainingCatalogue catalogue;
    private final TrainingAccess access;
    private final CompleteCourse completeCourse;
    private final TrainingRecords records;
    private final PeopleDirectory people;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;

    RecordCompletion(TrainingCatalogue catalogue, TrainingAccess access, CompleteCourse completeCourse, TrainingRecords records, PeopleDirectory people,
                     RequestValidator validator, BoroughCalendars calendars) {
        this.catalogue = catalogue;
        this.access = access;
        this.completeCourse = completeCourse;
        this.records = records;
        this.people = people;
        this.validator = validator;
        this.calendars = calendars;
    }

    @Transactional
    public TrainingRecord record(Actor actor, UncheckedBody<CompletionRequest> body) {
        CompletionRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a completion");
        }
        validator.check(request);
        String personId = request.personId().strip();
        String borough = people.person(personId).map(PeopleDirectory.Person::organisation)
                .orElseThrow(() -> ProblemException.badField("personId", "must be a person of the platform"));
        if (!access.mayActFor(actor, borough)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Completions are recorded by the person's implementation lead or the delivery partner");
        }
        Course course = catalogue.course(request.course()).orElseThrow(() -> ProblemException.badField("course",
                "must be one of " + catalogue.courses().stream().map(Course::code).toList()));
        if (course.classroom()) {
            throw ProblemException.badField("course", "is a classroom course: it is completed by attending every day of a cohort");
        }
        if (request.completedOn().isAfter(calendars.today())) {
            throw ProblemException.badField("completedOn", "must be today or earlier");
        }
        completeCourse.completed(personId, borough, course.code(), request.completedOn(), null, actor.id());
        return records.of(personId);
    }
}
