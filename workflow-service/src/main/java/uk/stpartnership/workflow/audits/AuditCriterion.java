package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A criterion of a tool's version; {@code correspondsTo} the criterion of the version it was made from that it continues. */
@MappedEntity("audit_criterion")
public record AuditCriterion(@Id UUID id, UUID toolId, int position, String wording, @Nullable UUID correspondsTo) {
}
