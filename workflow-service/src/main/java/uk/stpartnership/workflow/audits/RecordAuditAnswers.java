package uk.stpartnership.workflow.audits;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answers of the audit tasks, kept in the transaction that saves the completion, before the process moves on: a
 * case's scores as its auditor's or its moderator's, a disagreement's resolution (the round goes on to sign-off with
 * its last one), the sign-off. Each is kept once: a second delivery of the same scores changes nothing. Each is on
 * the round's trail (AuditLog).
 */
@Singleton
class RecordAuditAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(RecordAuditAnswers.class);

    private final AuditScoreRepository scores;
    private final AuditDisagreementRepository disagreements;
    private final AuditSignOffRepository signOffs;
    private final AuditRoundRepository rounds;
    private final AuditLog auditLog;
    private final Clock clock;

    RecordAuditAnswers(AuditScoreRepository scores, AuditDisagreementRepository disagreements, AuditSignOffRepository signOffs,
                       AuditRoundRepository rounds, AuditLog auditLog, Clock clock) {
        this.scores = scores;
        this.disagreements = disagreements;
        this.signOffs = signOffs;
        this.rounds = rounds;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        InboxTask task = completed.task();
        if (!AuditForms.KINDS.contains(task.kind())) {
            return;
        }
        Map<String, Object> answers = completed.answers();
        String by = completed.completedBy().id();
        Instant now = Instant.now(clock);
        UUID roundId = id(task, "roundId");
        AuditLog.Ref round = new AuditLog.Ref("audit-round", roundId.toString());
        AuditLog.Entry entry = switch (task.kind()) {
            case AuditForms.AUDIT_CASE -> addScores(roundId, id(task, "auditCaseId"), AuditScore.ScoredAs.AUDIT, answers, by, now);
            case AuditForms.MODERATE_CASE -> addScores(roundId, id(task, "auditCaseId"), AuditScore.ScoredAs.MODERATION, answers, by, now);
            case AuditForms.RESOLVE_DISAGREEMENT -> resolve(roundId, id(task, "disagreementId"), answers, by, now);
            default -> {
                signOffs.insertIfAbsent(roundId, by, now, (String) answers.get("note"));
                rounds.moveStatus(roundId, AuditRound.Status.SIGNING_OFF, AuditRound.Status.SIGNED_OFF);
                yield new AuditLog.Entry("audit-round", roundId.toString(), null).changing(List.of(
                        new AuditLog.Change("status", AuditRound.Status.SIGNING_OFF.name(), AuditRound.Status.SIGNED_OFF.name())));
            }
        };
        auditLog.record(completed.completedBy(), AuditLog.Action.UPDATE, entry.recordType().equals(round.kind()) ? entry : entry.alsoAbout(round));
        LOG.info("Audit task {} of round {} recorded", task.kind(), roundId);
    }

    @SuppressWarnings("unchecked")
    private AuditLog.Entry addScores(UUID roundId, UUID auditCaseId, AuditScore.ScoredAs as, Map<String, Object> answers, String by,
                                     Instant now) {
        List<Map<String, Object>> given = (List<Map<String, Object>>) answers.get("scores");
        scores.addScores(roundId, auditCaseId, as.name(), given.stream().map(s -> (String) s.get("criterionId")).toList(),
                given.stream().map(s -> (String) s.get("score")).toList(), given.stream().map(s -> (String) s.get("evidenceNote")).toList(),
                by, now);
        return new AuditLog.Entry("audit-case", auditCaseId.toString(), null).changing(List.of(
                new AuditLog.Change("scores", null, given.size() + " criteria scored (" + as.name() + ")")));
    }

    /** The agreed score is the case's on that criterion; with the round's last open disagreement resolved, it goes to sign-off. */
    private AuditLog.Entry resolve(UUID roundId, UUID disagreementId, Map<String, Object> answers, String by, Instant now) {
        // The round's lock: of two last resolutions at once, the second sees the first and moves the round on.
        rounds.findForUpdate(roundId).orElseThrow();
        AuditDisagreement disagreement = disagreements.findForUpdate(disagreementId).orElseThrow();
        scores.addScores(roundId, disagreement.auditCaseId(), AuditScore.ScoredAs.RESOLUTION.name(),
                List.of(disagreement.criterionId().toString()), List.of((String) answers.get("score")), List.of((String) answers.get("note")),
                by, now);
        disagreements.resolve(disagreementId, by, now);
        if (disagreements.openIn(roundId) == 0) {
            rounds.moveStatus(roundId, AuditRound.Status.RESOLVING, AuditRound.Status.SIGNING_OFF);
        }
        return new AuditLog.Entry("audit-disagreement", disagreementId.toString(), null).changing(List.of(
                new AuditLog.Change("resolution", null, (String) answers.get("score"))));
    }

    private static UUID id(InboxTask task, String variable) {
        return UUID.fromString(String.valueOf(task.context().get(variable)));
    }
}
