package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** One criterion's score of one sampled case, as its auditor, its moderator or a resolution gave it, with the evidence. */
@Introspected
public record AuditScore(UUID roundId, UUID auditCaseId, ScoredAs scoredAs, UUID criterionId, Score score, String evidenceNote,
                         String scoredBy, Instant scoredAt) {

    /** Who scored: the case's auditor, its moderator (blind, on the moderated share), or the resolution of a disagreement. */
    public enum ScoredAs { AUDIT, MODERATION, RESOLUTION }
}
