package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A cohort in a list: no one's names. */
@Serdeable
public record CohortSummary(UUID id, String course, String courseName, @Nullable String borough, String trainerId, String place,
                            int capacity, LocalDate firstDay, LocalDate lastDay, @Nullable LocalDate deliveredOn) {

    static CohortSummary of(Cohort cohort, TrainingCatalogue catalogue) {
        return new CohortSummary(cohort.id(), cohort.course(), catalogue.course(cohort.course()).map(Course::name).orElse(cohort.course()),
                cohort.borough(), cohort.trainerId(), cohort.place(), cohort.capacity(), cohort.firstDay(), cohort.lastDay(), cohort.deliveredOn());
    }
}
