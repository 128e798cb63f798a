package uk.stpartnership.workflow.training;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A day of a cohort, from 1; times in the partnership's time zone. */
@Serdeable
@MappedEntity("training_cohort_day")
public record CohortDay(@Id UUID id, UUID cohortId, int dayNumber, LocalDate day, LocalTime startsAt, LocalTime endsAt) {
}
