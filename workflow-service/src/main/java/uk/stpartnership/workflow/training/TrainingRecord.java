package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What a person has completed, and for each pathway which of its courses are done. */
@Serdeable
public record TrainingRecord(String personId, List<PathwayProgress> pathways) {

    @Serdeable
    public record PathwayProgress(Pathway pathway, boolean complete, List<CourseDone> courses) {
    }

    /** completedOn null: not yet. */
    @Serdeable
    public record CourseDone(String course, String name, @Nullable LocalDate completedOn) {
    }
}
