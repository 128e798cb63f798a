package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A version of an audit tool: never changed once made; {@code basedOn} the version it was made from. */
@MappedEntity("audit_tool")
public record AuditTool(@Id UUID id, String name, int version, @Nullable UUID basedOn, String madeBy, Instant madeAt) {
}
