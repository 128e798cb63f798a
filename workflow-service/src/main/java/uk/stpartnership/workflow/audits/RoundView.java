package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A round as a person sees it: its plan, who audits and moderates, and the sampled cases they may see (the round's
 * lead all of them, an auditor or moderator their own). Cases are references only.
 */
@Serdeable
public record RoundView(UUID id, String reference, String borough, List<String> boroughs, AuditRound.Purpose purpose,
                        @Nullable UUID follows, String cohortDescription, int sampleSize, boolean byTeam, UUID toolId, LocalDate dueOn,
                        @Nullable LocalDate followUpDueOn, long seed, AuditRound.Status status, String plannedBy, Instant plannedAt,
                        @Nullable Instant sampledAt, List<String> auditors, List<String> moderators, long cohortSize,
                        List<SampledCase> cases, @Nullable FollowUp followUp) {

    /** {@code moderator} null: not in the moderated share. */
    @Serdeable
    public record SampledCase(String caseReference, @Nullable String team, @Nullable WorkerTraining workerTraining,
                              @Nullable LocalDate closedOn, String auditor, @Nullable String moderator) {
    }

    /**
     * The follow-up a baseline promised: PROMISED by dueOn; STARTED as the round startedAs; MISSED since missedSince (on
     * the agenda of the steering meeting onAgendaOf, when one is planned); CANCELLED by the decision cancelledByDecision.
     */
    @Serdeable
    public record FollowUp(AuditFollowUp.Status status, LocalDate dueOn, @Nullable UUID startedAs, @Nullable LocalDate missedSince,
                           @Nullable String onAgendaOf, @Nullable UUID cancelledByDecision, @Nullable String cancelledBy,
                           @Nullable Instant cancelledAt) {

        static FollowUp of(AuditFollowUp followUp) {
            return new FollowUp(followUp.status(), followUp.dueOn(), followUp.startedAs(), followUp.missedSince(),
                    followUp.status() == AuditFollowUp.Status.MISSED ? followUp.onAgendaOf() : null, followUp.cancelledByDecision(),
                    followUp.cancelledBy(), followUp.cancelledAt());
        }
    }

    static RoundView of(AuditRound round, List<AuditRoundMember> members, long cohortSize, List<AuditCase> cases,
                        @Nullable AuditFollowUp followUp) {
        return new RoundView(round.id(), round.reference(), round.borough(), round.boroughs(), round.purpose(), round.followsRoundId(),
                round.cohortDescription(), round.sampleSize(), round.byTeam(), round.toolId(), round.dueOn(), round.followUpDueOn(),
                round.seed(), round.status(), round.plannedBy(), round.plannedAt(), round.sampledAt(),
                AuditRoundMember.people(members, AuditRoundMember.Part.AUDITOR),
                AuditRoundMember.people(members, AuditRoundMember.Part.MODERATOR), cohortSize,
                cases.stream().map(c -> new SampledCase(c.caseReference(), c.team(), c.workerTraining(), c.closedOn(), c.auditor(),
                        c.moderator())).toList(), followUp == null ? null : FollowUp.of(followUp));
    }
}
