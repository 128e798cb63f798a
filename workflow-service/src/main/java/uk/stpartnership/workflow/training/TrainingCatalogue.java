package uk.stpartnership.workflow.training;

import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The courses and the pathways, read from configuration (training.courses, training.pathways) when the service
 * starts: a pathway naming a course that is not in the catalogue stops the start, rather than never completing.
 */
@Singleton
public class TrainingCatalogue {

    private final Map<String, Course> courses = new LinkedHashMap<>();
    private final Map<Pathway, List<Course>> pathways = new EnumMap<>(Pathway.class);
    private final Set<String> accreditedTrainerCourses;

    TrainingCatalogue(Environment environment) {
        for (Map<String, Object> course : environment.getProperty("training.courses", Argument.listOf(Argument.mapOf(String.class, Object.class)))
                .orElseThrow(() -> new IllegalStateException("training.courses is not configured"))) {
            String code = String.valueOf(course.get("code"));
            courses.put(code, new Course(code, String.valueOf(course.get("name")), Integer.parseInt(String.valueOf(course.get("days"))),
                    Course.Delivery.valueOf(String.valueOf(course.get("delivery")))));
        }
        for (Pathway pathway : Pathway.values()) {
            List<String> codes = environment.getProperty("training.pathways." + pathway.name().toLowerCase(Locale.ROOT), Argument.listOf(String.class))
                    .orElse(List.of());
            pathways.put(pathway, codes.stream().map(String::strip).map(code -> course(code).orElseThrow(() -> new IllegalStateException(
                    "training.pathways." + pathway.name().toLowerCase(Locale.ROOT) + " names the course " + code + ", which training.courses has not"))).toList());
        }
        accreditedTrainerCourses = Set.copyOf(environment.getProperty("training.accredited-trainer-courses", Argument.listOf(String.class)).orElse(List.of()));
    }

    public List<Course> courses() {
        return List.copyOf(courses.values());
    }

    public Optional<Course> course(String code) {
        return Optional.ofNullable(courses.get(code));
    }

    /** The courses a pathway needs, in the catalogue's order of configuration. */
    public List<Course> pathway(Pathway pathway) {
        return pathways.get(pathway);
    }

    /** Whether only an accredited trainer may lead this course's cohorts (Core). */
    public boolean needsAccreditedTrainer(String course) {
        return accreditedTrainerCourses.contains(course);
    }
}
