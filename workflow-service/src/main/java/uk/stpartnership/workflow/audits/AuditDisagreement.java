package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A moderated case's criterion its auditor and its moderator scored differently; resolved once a lead has given the agreed score. */
@MappedEntity("audit_disagreement")
public record AuditDisagreement(@Id UUID id, UUID roundId, UUID auditCaseId, UUID criterionId, Score auditScore, Score moderationScore,
                                Instant foundAt, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {
}
