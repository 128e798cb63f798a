package uk.stpartnership.workflow.audits;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an audit task shows its person besides ids, read when it is viewed: the case's reference and team and the
 * wording of the criteria to score. A moderator's task shows nothing of the auditor's scores (moderation is blind);
 * a resolution shows both scores of the criterion; a sign-off the round's reference and how many cases it audited.
 */
@Singleton
class AuditTaskContext implements TaskContext {

    private final AuditRoundRepository rounds;
    private final AuditCriterionRepository criteria;
    private final AuditDisagreementRepository disagreements;

    AuditTaskContext(AuditRoundRepository rounds, AuditCriterionRepository criteria, AuditDisagreementRepository disagreements) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.disagreements = disagreements;
    }

    @Override
    public Map<String, Object> of(InboxTask task) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (!AuditForms.KINDS.contains(task.kind()) || !(task.context().get("roundId") instanceof String roundId)) {
            return context;
        }
        AuditRound round = rounds.findById(UUID.fromString(roundId)).orElseThrow();
        context.put("roundReference", round.reference());
        List<AuditCriterion> version = criteria.ofTools(List.of(round.toolId()));
        switch (task.kind()) {
            case AuditForms.AUDIT_CASE, AuditForms.MODERATE_CASE -> {
                showCase(context, UUID.fromString(String.valueOf(task.context().get("auditCaseId"))));
                context.put("criteria", version.stream().map(c -> Map.of("criterionId", c.id().toString(), "position", c.position(),
                        "wording", c.wording())).toList());
            }
            case AuditForms.RESOLVE_DISAGREEMENT -> disagreements.findById(UUID.fromString(String.valueOf(task.context().get("disagreementId"))))
                    .ifPresent(d -> {
                        showCase(context, d.auditCaseId());
                        version.stream().filter(c -> c.id().equals(d.criterionId())).findFirst()
                                .ifPresent(c -> context.put("criterion", c.wording()));
                        context.put("auditScore", d.auditScore().name());
                        context.put("moderationScore", d.moderationScore().name());
                    });
            default -> context.put("cases", rounds.sampledCount(round.id()));
        }
        return context;
    }

    private void showCase(Map<String, Object> context, UUID auditCaseId) {
        rounds.caseById(auditCaseId).ifPresent(c -> {
            context.put("caseReference", c.caseReference());
            if (c.team() != null) {
                context.put("team", c.team());
            }
        });
    }
}
