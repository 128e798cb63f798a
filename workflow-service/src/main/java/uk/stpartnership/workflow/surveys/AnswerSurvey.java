package uk.stpartnership.workflow.surveys;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.training.TrainingPlaces;
import uk.stpartnership.workflow.training.TrainingPlaces.PlaceHeld;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A trainee answers a survey of a cohort they hold a place on, once per phase. Who returned it (survey_return) and what
 * it answered (survey_answer: no person, no time) are stored apart, in one transaction: a second return of the same
 * phase is refused (409) before any answer is stored.
 */
@Singleton
public class AnswerSurvey {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerSurvey.class);

    private final TrainingPlaces places;
    private final SurveySchedule schedule;
    private final SurveyReturnRepository returns;
    private final SurveyAnswerRepository answers;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;

    AnswerSurvey(TrainingPlaces places, SurveySchedule schedule, SurveyReturnRepository returns, SurveyAnswerRepository answers,
                 RequestValidator validator, BoroughCalendars calendars) {
        this.places = places;
        this.schedule = schedule;
        this.returns = returns;
        this.answers = answers;
        this.validator = validator;
        this.calendars = calendars;
    }

    @Transactional
    public void answer(Actor actor, UUID cohortId, SurveyPhase phase, UncheckedBody<SurveyAnswerRequest> body) {
        // Only the person holding the place answers; for anyone else (an evaluator too) the survey does not exist.
        PlaceHeld place = places.on(cohortId, actor.id()).filter(p -> schedule.phases(p).contains(phase))
                .orElseThrow(() -> ProblemException.notFound("Survey"));
        LocalDate today = calendars.today();
        if (!schedule.open(place, phase, today)) {
            throw ProblemException.conflict(phase == SurveyPhase.PRE ? "The survey before the course closed when the course began"
                    : "The survey after the course opens on its last day, " + place.lastDay());
        }
        SurveyAnswerRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be the survey's answers");
        }
        validator.check(request);
        if (phase == SurveyPhase.PRE && request.demographics() != null) {
            // Asked once per course, after it, so that one trainee is not counted twice in a course's figures.
            throw ProblemException.badField("demographics", "are asked only in the survey after the course");
        }
        if (returns.add(cohortId, actor.id(), phase.name()) == 0) {
            throw ProblemException.conflict("You have already answered this survey");
        }
        Demographics about = request.demographics() == null ? new Demographics(null, null, null, null, null, null) : request.demographics();
        answers.save(new SurveyAnswer(UUID.randomUUID(), cohortId, place.course(), place.borough(),
                SurveySchedule.programmeYear(place.firstDay()), phase, request.confidence().shortValue(), request.knowledge().shortValue(),
                name(about.ageBand()), name(about.gender()), name(about.ethnicity()), name(about.disability()),
                name(about.sexuality()), name(about.trans())));
        // Never the answers: the log says only that a survey came back.
        LOG.info("Survey {} of cohort {} returned", phase, cohortId);
    }

    private static String name(Enum<?> answer) {
        return answer == null ? null : answer.name();
    }
}
