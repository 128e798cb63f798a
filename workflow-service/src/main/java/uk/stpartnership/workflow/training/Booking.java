package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A person's place on a cohort, or their turn on its waiting list (booked_at order); borough is the trainee's own. */
@Serdeable
@MappedEntity("training_booking")
public record Booking(@Id UUID id, UUID cohortId, String personId, String borough, Status status, String bookedBy,
                      Instant bookedAt, @Nullable Instant placedAt, @Nullable Instant cancelledAt) {

    public enum Status { PLACE, WAITING_LIST, CANCELLED }
}
