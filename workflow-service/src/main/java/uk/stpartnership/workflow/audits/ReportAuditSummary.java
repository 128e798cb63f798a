package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.evaluation.SmallCounts;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cross-borough summary of a year's rounds (AuditSummary): four queries for a page of rounds, whatever their
 * number (the rounds, their tools' criteria, their samples, their scores), each round's figures worked out as its own
 * findings are. Seen by the operational and steering groups and evaluators (AuditAccess); evaluators' small counts
 * withheld. Every read is audited, as the findings' are.
 */
@Singleton
public class ReportAuditSummary {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final AuditRoundRepository rounds;
    private final AuditScoreRepository scores;
    private final AuditCriterionRepository criteria;
    private final AuditAccess access;
    private final AuditLog auditLog;
    private final SmallCounts smallCounts;
    private final double flagUnder;

    ReportAuditSummary(AuditRoundRepository rounds, AuditScoreRepository scores, AuditCriterionRepository criteria, AuditAccess access,
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
    public AuditSummary summary(Actor actor, int year, PageRequest page) {
        access.checkSeesSummary(actor);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badField("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(LONDON).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(LONDON).toInstant();
        var found = rounds.plannedBetween(from, to, page.pageable());
        List<AuditRound> planned = found.getContent();
        List<UUID> ids = planned.stream().map(AuditRound::id).toList();
        Map<UUID, List<AuditCriterion>> criteriaOf = planned.isEmpty() ? Map.of()
                : criteria.ofTools(planned.stream().map(AuditRound::toolId).distinct().toList()).stream()
                .collect(Collectors.groupingBy(AuditCriterion::toolId));
        Map<UUID, List<AuditCase>> samples = ids.isEmpty() ? Map.of()
                : rounds.sampleOfRounds(ids).stream().collect(Collectors.groupingBy(AuditCase::roundId));
        Map<UUID, List<AuditScore>> scored = ids.isEmpty() ? Map.of()
                : scores.scoresOfRounds(ids).stream().collect(Collectors.groupingBy(AuditScore::roundId));

        boolean withheld = access.withholdsSmallCounts(actor);
        FindingsFigures figures = new FindingsFigures(smallCounts, withheld, flagUnder);
        Map<String, List<AuditSummary.SummaryRound>> byBorough = new LinkedHashMap<>();
        for (AuditRound round : planned) {
            RoundFindings findings = figures.of(round, criteriaOf.getOrDefault(round.toolId(), List.of()),
                    samples.getOrDefault(round.id(), List.of()), scored.getOrDefault(round.id(), List.of()));
            byBorough.computeIfAbsent(round.borough(), b -> new ArrayList<>()).add(new AuditSummary.SummaryRound(round.id(),
                    round.reference(), round.boroughs(), round.purpose(), round.status(), round.sampleSize(),
                    findings.criteria().stream().map(c -> new AuditSummary.CriterionMet(c.position(), c.wording(), c.scored(),
                            c.met().percent())).toList(),
                    findings.agreement().overall().pairs(), findings.agreement().overall().kappa()));
        }
        auditLog.recordList(actor, "audit-round-findings", ids.stream().map(id -> new AuditLog.Entry("audit-round-findings", id.toString(), null)).toList());
        List<AuditSummary.BoroughRounds> boroughs = byBorough.entrySet().stream()
                .map(e -> new AuditSummary.BoroughRounds(e.getKey(), e.getValue())).toList();
        return new AuditSummary(year, withheld, boroughs, found.getPageNumber(), found.getSize(), found.getTotalSize());
    }
}
