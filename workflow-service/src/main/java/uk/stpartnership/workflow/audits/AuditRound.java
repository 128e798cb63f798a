package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case-audit round: what it samples and why, on which version of the tool, by when; {@code borough} is the one
 * whose implementation lead runs it, {@code boroughs} every borough whose cases it takes. The seed draws the sample
 * and the moderated share: recorded, so that the same cohort always gives the same cases.
 */
@MappedEntity("audit_round")
public record AuditRound(@Id UUID id, String reference, String borough, @TypeDef(type = DataType.STRING_ARRAY) List<String> boroughs,
                         Purpose purpose, @Nullable UUID followsRoundId, String cohortDescription, int sampleSize, boolean byTeam,
                         UUID toolId, LocalDate dueOn, @Nullable LocalDate followUpDueOn, long seed, Status status, String plannedBy,
                         Instant plannedAt, @Nullable Instant sampledAt) {

    public enum Purpose { BASELINE, FOLLOW_UP, ROUTINE }

    /**
     * PLANNED until the cohort is uploaded and the sample drawn; SAMPLED while its cases are audited and moderated;
     * RESOLVING while a disagreement between an auditor and a moderator is open; SIGNING_OFF until the borough lead signs
     * the findings off; SIGNED_OFF after.
     */
    public enum Status { PLANNED, SAMPLED, RESOLVING, SIGNING_OFF, SIGNED_OFF }

    AuditRound sampled(Instant at) {
        return new AuditRound(id, reference, borough, boroughs, purpose, followsRoundId, cohortDescription, sampleSize, byTeam, toolId,
                dueOn, followUpDueOn, seed, Status.SAMPLED, plannedBy, plannedAt, at);
    }
}
