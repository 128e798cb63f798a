package uk.stpartnership.workflow.champions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A team of a borough's children's social care, as its implementation lead registers it: where champions work. */
@Serdeable
@MappedEntity("champion_team")
public record Team(@Id UUID id, String borough, String name, String addedBy, Instant addedAt) {
}
