package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.workflow.tasks.TaskForm;
import uk.stpartnership.workflow.tasks.TaskForm.Field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The inbox forms of case-audit-round.bpmn. A case is scored once against every criterion of its round's tool version,
 * each with its evidence; scores, notes and the resolution's note stay in workflow-service (RecordAuditAnswers): the
 * process gets the sign-off's yes and nothing else.
 */
@Factory
class AuditForms {

    static final String AUDIT_CASE = "audit-case";
    static final String MODERATE_CASE = "moderate-case";
    static final String RESOLVE_DISAGREEMENT = "resolve-audit-disagreement";
    static final String SIGN_OFF = "sign-off-audit-findings";
    static final Set<String> KINDS = Set.of(AUDIT_CASE, MODERATE_CASE, RESOLVE_DISAGREEMENT, SIGN_OFF);
    static final int NOTE_LENGTH = 2000;

    private static final List<String> SCORES = Arrays.stream(Score.values()).map(Score::name).toList();

    private final AuditRoundRepository rounds;
    private final AuditCriterionRepository criteria;

    AuditForms(AuditRoundRepository rounds, AuditCriterionRepository criteria) {
        this.rounds = rounds;
        this.criteria = criteria;
    }

    @Singleton
    TaskForm auditCase() {
        return scoring(AUDIT_CASE, "Audit a case");
    }

    @Singleton
    TaskForm moderateCase() {
        return scoring(MODERATE_CASE, "Moderate a case");
    }

    @Singleton
    TaskForm resolveDisagreement() {
        return new TaskForm(RESOLVE_DISAGREEMENT, "Resolve a disagreement between an auditor and a moderator", List.of("roundId", "disagreementId"),
                List.of(Field.choice("score", "The agreed score", SCORES), Field.text("note", "Why this score", true, NOTE_LENGTH)));
    }

    @Singleton
    TaskForm signOff() {
        return new TaskForm(SIGN_OFF, "Sign off a case audit's findings", List.of("roundId"),
                List.of(Field.yesNo("findingsRight", "The findings are right"), Field.text("note", "Note", false, NOTE_LENGTH)),
                (values, context) -> Boolean.TRUE.equals(values.get("findingsRight")) ? List.of()
                        : List.of(new FieldError("findingsRight", "must be yes to sign off: if something in the findings needs "
                        + "changing, speak to the implementation lead first")));
    }

    /** One record per criterion: its id, the score and the evidence for it. */
    private TaskForm scoring(String kind, String title) {
        return new TaskForm(kind, title, List.of("roundId", "auditCaseId"),
                List.of(Field.records("scores", "Scores", true, 100, List.of(
                        Field.text("criterionId", "Criterion", true, 36),
                        Field.choice("score", "Score", SCORES),
                        Field.text("evidenceNote", "Evidence", true, NOTE_LENGTH)))),
                (values, context) -> everyCriterionOnce(values, context));
    }

    /** Each criterion of the round's tool version scored once, no other. */
    @SuppressWarnings("unchecked")
    private List<FieldError> everyCriterionOnce(Map<String, Object> values, Map<String, Object> context) {
        UUID toolId = rounds.findById(UUID.fromString(String.valueOf(context.get("roundId")))).orElseThrow().toolId();
        List<AuditCriterion> version = criteria.ofTools(List.of(toolId));
        Set<String> known = new HashSet<>(version.stream().map(c -> c.id().toString()).toList());
        Set<String> scored = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        List<Map<String, Object>> scores = (List<Map<String, Object>>) values.get("scores");
        for (int i = 0; i < scores.size(); i++) {
            String criterionId = String.valueOf(scores.get(i).get("criterionId"));
            if (!known.contains(criterionId)) {
                errors.add(new FieldError("scores[" + i + "].criterionId", "is not a criterion of the round's audit tool"));
            } else if (!scored.add(criterionId)) {
                errors.add(new FieldError("scores[" + i + "].criterionId", "is scored a second time"));
            }
        }
        if (errors.isEmpty()) {
            version.stream().filter(c -> !scored.contains(c.id().toString()))
                    .forEach(c -> errors.add(new FieldError("scores", "must score criterion " + c.position() + ": " + c.wording())));
        }
        return errors;
    }
}
