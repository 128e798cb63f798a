package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tool's version with its criteria in order. */
@Serdeable
public record AuditToolView(UUID id, String name, int version, @Nullable UUID basedOn, String madeBy, Instant madeAt,
                            List<Criterion> criteria) {

    /** {@code correspondsTo}: the criterion of the version this one was made from that it continues (null when new). */
    @Serdeable
    public record Criterion(UUID id, int position, String wording, @Nullable UUID correspondsTo) {
    }

    static AuditToolView of(AuditTool tool, List<AuditCriterion> criteria) {
        return new AuditToolView(tool.id(), tool.name(), tool.version(), tool.basedOn(), tool.madeBy(), tool.madeAt(),
                criteria.stream().map(c -> new Criterion(c.id(), c.position(), c.wording(), c.correspondsTo())).toList());
    }
}
