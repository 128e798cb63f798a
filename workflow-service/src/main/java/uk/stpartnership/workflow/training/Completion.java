package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A course a person completed: every day of cohortId attended, or (cohortId null) an e-learning course recorded done. */
@Serdeable
@MappedEntity("training_completion")
public record Completion(@Id UUID id, String personId, String course, String borough, LocalDate completedOn,
                         @Nullable UUID cohortId, String recordedBy, Instant recordedAt) {
}
