package uk.stpartnership.workflow.surveys;

import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.training.TrainingPlaces.PlaceHeld;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

/**
 * When a place's surveys are open: the one before the course (only for the courses in training.surveys.pre-course)
 * until the day before its first day, the one after it from its last day on (it is handed out as that day ends).
 */
@Singleton
class SurveySchedule {

    private final Set<String> preCourse;

    SurveySchedule(Environment environment) {
        preCourse = Set.copyOf(environment.getProperty("training.surveys.pre-course", Argument.listOf(String.class)).orElse(List.of())
                .stream().map(String::strip).toList());
    }

    boolean hasPreCourse(String course) {
        return preCourse.contains(course);
    }

    /** The phases the place has at all. */
    List<SurveyPhase> phases(PlaceHeld place) {
        return hasPreCourse(place.course()) ? List.of(SurveyPhase.PRE, SurveyPhase.POST) : List.of(SurveyPhase.POST);
    }

    boolean open(PlaceHeld place, SurveyPhase phase, LocalDate today) {
        return phase == SurveyPhase.PRE ? today.isBefore(place.firstDay()) : !today.isBefore(place.lastDay());
    }

    /** The programme year (1 August to 31 July) a day is in, by the year it starts: 2026 for 2026/27. */
    static short programmeYear(LocalDate day) {
        return (short) (day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1);
    }
}
