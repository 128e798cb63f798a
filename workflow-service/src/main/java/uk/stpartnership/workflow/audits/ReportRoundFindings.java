package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.evaluation.SmallCounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A round's findings (docs/CASE-AUDITS.md): per criterion, overall and by the allocated worker's training; the
 * agreement of the moderated cases; for a follow-up, the change from the round it follows. Seen by whoever sees the
 * round in any part, and by evaluators with small counts withheld; every read is audited.
 */
@Singleton
public class ReportRoundFindings {

    private final AuditRoundRepository rounds;
    private final AuditScoreRepository scores;
    private final AuditCriterionRepository criteria;
    private final AuditAccess access;
    private final AuditLog auditLog;
    private final SmallCounts smallCounts;
    private final double flagUnder;

    ReportRoundFindings(AuditRoundRepository rounds, AuditScoreRepository scores, AuditCriterionRepository criteria, AuditAccess access,
                        AuditLog auditLog, SmallCounts smallCounts, @Value("${audits.agreement.flag-under}") double flagUnder) {
        this.rounds = rounds;
        this.scores = scores;
        this.criteria = criteria;
        this.access = access;
        this.auditLog = auditLog;
        this.smallCounts = smallCounts;
        this.flagUnder = flagUnder;
    }

    @Transactional
    public RoundFindings report(Actor actor, UUID id) {
        AuditRound round = rounds.findById(id).orElseThrow(() -> ProblemException.notFound("Audit round"));
        if (!access.seesFindings(actor, round, rounds.membersOf(id))) {
            throw ProblemException.notFound("Audit round");
        }
        FindingsFigures figures = new FindingsFigures(smallCounts, access.withholdsSmallCounts(actor), flagUnder);
        RoundFindings findings = figuresOf(figures, round);
        if (round.purpose() == AuditRound.Purpose.FOLLOW_UP && round.followsRoundId() != null) {
            AuditRound baseline = rounds.findById(round.followsRoundId()).orElseThrow();
            RoundFindings then = figuresOf(figures, baseline);
            findings = withBaseline(findings, then, continuing(round.toolId(), baseline.toolId()));
        }
        auditLog.record(actor, AuditLog.Action.READ, new AuditLog.Entry("audit-round-findings", id.toString(), null));
        return findings;
    }

    private RoundFindings figuresOf(FindingsFigures figures, AuditRound round) {
        return figures.of(round, criteria.ofTools(List.of(round.toolId())), rounds.sampleOf(round.id()), scores.scoresOf(round.id()));
    }

    /** For each criterion of the later version, the one of the earlier version it continues (itself in the same version). */
    private Map<UUID, UUID> continuing(UUID toolId, UUID earlierToolId) {
        if (toolId.equals(earlierToolId)) {
            return criteria.ofTools(List.of(toolId)).stream().collect(Collectors.toMap(AuditCriterion::id, AuditCriterion::id));
        }
        return criteria.continuing(toolId, earlierToolId).stream()
                .collect(Collectors.toMap(AuditCriterionRepository.Continuation::criterionId, AuditCriterionRepository.Continuation::continues));
    }

    private static RoundFindings withBaseline(RoundFindings now, RoundFindings then, Map<UUID, UUID> continues) {
        Map<UUID, RoundFindings.CriterionFindings> before = then.criteria().stream()
                .collect(Collectors.toMap(RoundFindings.CriterionFindings::criterionId, Function.identity()));
        Set<UUID> continued = new HashSet<>();
        List<RoundFindings.Change> changes = new ArrayList<>();
        for (RoundFindings.CriterionFindings criterion : now.criteria()) {
            RoundFindings.CriterionFindings earlier = before.get(continues.get(criterion.criterionId()));
            if (earlier == null) {
                changes.add(new RoundFindings.Change(RoundFindings.Comparison.NEW, criterion.position(), criterion.wording(), null, null,
                        null, null, null, criterion.met().count(), criterion.scored(), criterion.met().percent(), null));
            } else {
                continued.add(earlier.criterionId());
                changes.add(new RoundFindings.Change(RoundFindings.Comparison.CONTINUED, criterion.position(), criterion.wording(),
                        earlier.position(), earlier.wording(), earlier.met().count(), earlier.scored(), earlier.met().percent(),
                        criterion.met().count(), criterion.scored(), criterion.met().percent(), change(earlier.met(), criterion.met())));
            }
        }
        for (RoundFindings.CriterionFindings earlier : then.criteria()) {
            if (!continued.contains(earlier.criterionId())) {
                changes.add(new RoundFindings.Change(RoundFindings.Comparison.NO_LONGER_AUDITED, null, null, earlier.position(),
                        earlier.wording(), earlier.met().count(), earlier.scored(), earlier.met().percent(), null, null, null, null));
            }
        }
        return new RoundFindings(now.roundId(), now.reference(), now.borough(), now.boroughs(), now.purpose(), now.toolId(),
                now.sampleSize(), now.countsWithheld(), now.criteria(), now.byTraining(), now.agreement(),
                new RoundFindings.BaselineComparison(then.roundId(), then.reference(), changes));
    }

    /** Percentage points of cases met, from the whole percentages shown (so that the change reads off the two figures). */
    private static String change(RoundFindings.Figure then, RoundFindings.Figure now) {
        if (then.percent().equals(RoundFindings.WITHHELD) || now.percent().equals(RoundFindings.WITHHELD)) {
            return RoundFindings.WITHHELD;
        }
        if (then.percent().equals(RoundFindings.NOT_SCORED) || now.percent().equals(RoundFindings.NOT_SCORED)) {
            return RoundFindings.NOT_SCORED;
        }
        int change = points(now) - points(then);
        return change == 0 ? "no change" : (change > 0 ? "up " : "down ") + Math.abs(change) + " points";
    }

    private static int points(RoundFindings.Figure figure) {
        return Integer.parseInt(figure.percent().substring(0, figure.percent().length() - 1));
    }
}
