package uk.stpartnership.workflow.training;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** Whether a trainee attended a cohort day. */
@Serdeable
@MappedEntity("training_attendance")
public record Attendance(@Id UUID id, UUID cohortDayId, String personId, boolean attended, String recordedBy, Instant recordedAt) {
}
