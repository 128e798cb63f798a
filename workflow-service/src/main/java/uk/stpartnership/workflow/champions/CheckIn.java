package uk.stpartnership.workflow.champions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A quarterly check-in with an active champion, one per completed check-in task. */
@Serdeable
@MappedEntity("champion_check_in")
public record CheckIn(@Id long taskKey, UUID championId, String checkedInBy, Instant checkedInAt, String note) {
}
