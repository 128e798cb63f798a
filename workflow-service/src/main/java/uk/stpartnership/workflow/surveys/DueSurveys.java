package uk.stpartnership.workflow.surveys;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.training.TrainingCatalogue;
import uk.stpartnership.workflow.training.TrainingPlaces;
import uk.stpartnership.workflow.training.TrainingPlaces.PlaceHeld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The surveys a person may answer now: open, of a cohort they hold a place on, not returned yet. */
@Singleton
public class DueSurveys {

    /** A survey to answer, with the course and days the trainee knows it by. */
    @Serdeable
    public record DueSurvey(UUID cohortId, String course, String courseName, SurveyPhase phase, LocalDate firstDay, LocalDate lastDay) {
    }

    private final TrainingPlaces places;
    private final TrainingCatalogue catalogue;
    private final SurveySchedule schedule;
    private final SurveyReturnRepository returns;
    private final BoroughCalendars calendars;

    DueSurveys(TrainingPlaces places, TrainingCatalogue catalogue, SurveySchedule schedule, SurveyReturnRepository returns,
               BoroughCalendars calendars) {
        this.places = places;
        this.catalogue = catalogue;
        this.schedule = schedule;
        this.returns = returns;
        this.calendars = calendars;
    }

    /** Of the person's places on the page asked (latest booked first). */
    public List<DueSurvey> of(Actor actor, PageRequest page) {
        List<PlaceHeld> held = places.of(actor.id(), page.pageable());
        if (held.isEmpty()) {
            return List.of();
        }
        Set<String> returned = returns.ofPerson(actor.id(), held.stream().map(PlaceHeld::cohortId).toList()).stream()
                .map(r -> r.cohortId() + "/" + r.phase()).collect(Collectors.toSet());
        LocalDate today = calendars.today();
        List<DueSurvey> due = new ArrayList<>();
        for (PlaceHeld place : held) {
            for (SurveyPhase phase : schedule.phases(place)) {
                if (schedule.open(place, phase, today) && !returned.contains(place.cohortId() + "/" + phase)) {
                    String name = catalogue.course(place.course()).map(c -> c.name()).orElse(place.course());
                    due.add(new DueSurvey(place.cohortId(), place.course(), name, phase, place.firstDay(), place.lastDay()));
                }
            }
        }
        return due;
    }
}
