package uk.stpartnership.workflow.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.people.PeopleDirectory;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which of a pathway's courses a person has completed: for the person, their borough's leads and the delivery
 * partner, and (without a person asking) for the champions feature's pages.
 */
@Singleton
public class TrainingRecords {

    private final CompletionRepository completions;
    private final TrainingCatalogue catalogue;
    private final TrainingAccess access;
    private final PeopleDirectory people;

    TrainingRecords(CompletionRepository completions, TrainingCatalogue catalogue, TrainingAccess access, PeopleDirectory people) {
        this.completions = completions;
        this.catalogue = catalogue;
        this.access = access;
        this.people = people;
    }

    /** The person's record as someone sees it; anyone else's they may not see is 404. */
    @Transactional(readOnly = true)
    public TrainingRecord view(Actor actor, String personId) {
        String borough = personId.equals(actor.id()) ? actor.organisation()
                : people.person(personId).map(PeopleDirectory.Person::organisation).orElseThrow(() -> ProblemException.notFound("Person"));
        if (!access.seesRecordOf(actor, personId, borough)) {
            throw ProblemException.notFound("Person");
        }
        return of(personId);
    }

    /** The pathway's courses with the day each was completed, or none yet. */
    @Transactional(readOnly = true)
    public TrainingRecord.PathwayProgress progress(String personId, Pathway pathway) {
        return progress(pathway, done(personId));
    }

    @Transactional(readOnly = true)
    public TrainingRecord of(String personId) {
        Map<String, Completion> done = done(personId);
        return new TrainingRecord(personId, Arrays.stream(Pathway.values()).map(pathway -> progress(pathway, done)).toList());
    }

    private Map<String, Completion> done(String personId) {
        return completions.ofPerson(personId).stream().collect(Collectors.toMap(Completion::course, c -> c));
    }

    private TrainingRecord.PathwayProgress progress(Pathway pathway, Map<String, Completion> done) {
        var courses = catalogue.pathway(pathway).stream().map(course -> new TrainingRecord.CourseDone(course.code(), course.name(),
                done.containsKey(course.code()) ? done.get(course.code()).completedOn() : null)).toList();
        return new TrainingRecord.PathwayProgress(pathway, courses.stream().allMatch(c -> c.completedOn() != null), courses);
    }
}
