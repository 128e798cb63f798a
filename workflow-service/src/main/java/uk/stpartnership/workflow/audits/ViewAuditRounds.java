package uk.stpartnership.workflow.audits;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rounds as a person may see them (AuditAccess): a list without cases, and one round with its sampled cases, all of
 * them for its leads, an auditor's or moderator's own otherwise. Every read of cases is audited.
 */
@Singleton
public class ViewAuditRounds {

    private final AuditRoundRepository rounds;
    private final AuditFollowUpRepository followUps;
    private final AuditAccess access;
    private final AuditLog auditLog;

    ViewAuditRounds(AuditRoundRepository rounds, AuditFollowUpRepository followUps, AuditAccess access, AuditLog auditLog) {
        this.rounds = rounds;
        this.followUps = followUps;
        this.access = access;
        this.auditLog = auditLog;
    }

    /**
     * Newest first, with their auditors, moderators and cohort sizes but no cases: one query and a count, then one each
     * for the page's members, cohort sizes and baselines' follow-ups.
     */
    @Transactional(readOnly = true)
    public Page<RoundView> list(Actor actor, PageRequest page) {
        String borough = access.boroughOf(actor);
        var found = rounds.visibleTo(borough, borough == null, actor.id(), page.pageable());
        List<UUID> ids = found.getContent().stream().map(AuditRound::id).toList();
        if (ids.isEmpty()) {
            return Page.of(found, round -> RoundView.of(round, List.of(), 0, List.of(), null));
        }
        Map<UUID, List<AuditRoundMember>> members = rounds.membersOf(ids).stream().collect(Collectors.groupingBy(AuditRoundMember::roundId));
        Map<UUID, Long> cohortSizes = rounds.cohortSizes(ids).stream()
                .collect(Collectors.toMap(AuditRoundRepository.CohortSize::roundId, AuditRoundRepository.CohortSize::cases));
        List<UUID> baselines = found.getContent().stream().filter(round -> round.followUpDueOn() != null).map(AuditRound::id).toList();
        Map<UUID, AuditFollowUp> promised = baselines.isEmpty() ? Map.of()
                : followUps.ofRounds(baselines).stream().collect(Collectors.toMap(AuditFollowUp::roundId, Function.identity()));
        return Page.of(found, round -> RoundView.of(round, members.getOrDefault(round.id(), List.of()), cohortSizes.getOrDefault(round.id(), 0L),
                List.of(), promised.get(round.id())));
    }

    @Transactional
    public RoundView view(Actor actor, UUID id) {
        AuditRound round = rounds.findById(id).orElseThrow(() -> ProblemException.notFound("Audit round"));
        List<AuditRoundMember> members = rounds.membersOf(id);
        AuditAccess.View view = access.viewOf(actor, round, members);
        if (view == AuditAccess.View.NONE) {
            throw ProblemException.notFound("Audit round");
        }
        List<AuditCase> cases = view == AuditAccess.View.WHOLE ? rounds.sampleOf(id) : rounds.casesOf(id, actor.id());
        auditLog.record(actor, AuditLog.Action.READ, new AuditLog.Entry("audit-round", id.toString(), null));
        return RoundView.of(round, members, rounds.cohortSize(id), cases, followUps.findById(id).orElse(null));
    }

    /** The round as it stands after a change its use case has audited. */
    RoundView afterChange(AuditRound round) {
        return RoundView.of(round, rounds.membersOf(round.id()), rounds.cohortSize(round.id()), rounds.sampleOf(round.id()),
                followUps.findById(round.id()).orElse(null));
    }
}
