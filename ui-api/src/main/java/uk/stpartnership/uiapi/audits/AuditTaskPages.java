package uk.stpartnership.uiapi.audits;

import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Words;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.tasks.InboxEntry;
import uk.stpartnership.uiapi.tasks.TaskKindPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The round's tasks on the task page: a scoring task (an auditor's or a blind moderator's) draws a fieldset per criterion
 * of its context, with the score and its evidence, rather than records of criterion ids to type; a resolution shows
 * the criterion and both scores in words; a sign-off links to the findings it signs off. The answers go to the task's
 * complete API as its fields say; workflow-service checks them, and its refusals come back to each criterion's inputs.
 */
@Singleton
class AuditTaskPages implements TaskKindPage {

    private static final String AUDIT_CASE = "audit-case";
    private static final String MODERATE_CASE = "moderate-case";
    private static final String RESOLVE = "resolve-audit-disagreement";
    private static final String SIGN_OFF = "sign-off-audit-findings";
    private static final Set<String> KINDS = Set.of(AUDIT_CASE, MODERATE_CASE, RESOLVE, SIGN_OFF);
    private static final List<String> SCORES = List.of("NOT_MET", "PARTIALLY_MET", "MET");

    @Override
    public boolean draws(String kind) {
        return KINDS.contains(kind);
    }

    @Override
    public List<SummaryRow> about(InboxEntry task) {
        Map<String, Object> context = context(task);
        List<SummaryRow> rows = new ArrayList<>();
        Object round = context.get("roundReference");
        if (round != null && !round.equals(task.businessReference())) {
            rows.add(new SummaryRow("Round", String.valueOf(round)));
        }
        add(rows, "Case reference", context.get("caseReference"));
        add(rows, "Team", context.get("team"));
        add(rows, "Criterion", context.get("criterion"));
        if (context.get("auditScore") instanceof String score) {
            rows.add(new SummaryRow("The auditor's score", Words.of(score)));
        }
        if (context.get("moderationScore") instanceof String score) {
            rows.add(new SummaryRow("The moderator's score", Words.of(score)));
        }
        add(rows, "Cases audited", context.get("cases"));
        return rows;
    }

    @Override
    public Optional<OwnForm> form(InboxEntry task, FormData sent, Map<String, String> errors) {
        return switch (task.kind()) {
            case AUDIT_CASE, MODERATE_CASE -> Optional.of(scoring(task, sent, errors));
            case SIGN_OFF -> Optional.of(new OwnForm("audits/sign-off-task",
                    Map.of("findings", "/audits/rounds/" + context(task).get("roundId") + "/findings",
                            "roundReference", String.valueOf(context(task).getOrDefault("roundReference", task.businessReference()))),
                    List.of()));
            default -> Optional.empty();
        };
    }

    /** A fieldset per criterion, in the context's order; the errors in that order too, then the form's own. */
    @SuppressWarnings("unchecked")
    private static OwnForm scoring(InboxEntry task, FormData sent, Map<String, String> errors) {
        List<Map<String, Object>> criteria = context(task).get("criteria") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        List<CriterionScore> drawn = new ArrayList<>();
        List<ErrorLink> links = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Map<String, Object> criterion = criteria.get(i);
            String number = "criterion " + criterion.get("position");
            String path = "scores[" + i + "].";
            String chosen = sent.first(path + "score");
            String criterionError = errors.get(path + "criterionId");
            String scoreError = criterionError != null ? "Criterion " + criterion.get("position") + " " + criterionError
                    : errors.containsKey(path + "score") ? "Select a score for " + number : null;
            String evidenceError = evidenceError(errors.get(path + "evidenceNote"), number);
            CriterionScore score = new CriterionScore(i, String.valueOf(criterion.get("criterionId")),
                    criterion.get("position") + ". " + criterion.get("wording"),
                    SCORES.stream().map(s -> new Choice(s, Words.of(s), s.equals(chosen))).toList(), sent.first(path + "evidenceNote"),
                    scoreError, evidenceError);
            drawn.add(score);
            if (scoreError != null) {
                links.add(new ErrorLink("#" + score.id("score"), scoreError));
            }
            if (evidenceError != null) {
                links.add(new ErrorLink("#" + score.id("evidenceNote"), evidenceError));
            }
        }
        String everyCriterion = errors.get("scores") == null ? null : "Score every criterion: " + errors.get("scores");
        if (everyCriterion != null) {
            links.add(new ErrorLink("#scores", everyCriterion));
        }
        return new OwnForm("audits/scoring-task", Map.of("criteria", drawn, "everyCriterion", everyCriterion == null ? "" : everyCriterion), links);
    }

    private static String evidenceError(String detail, String number) {
        if (detail == null) {
            return null;
        }
        return detail.equals("is required") ? "Enter the evidence for " + number : "The evidence for " + number + " " + detail;
    }

    private static Map<String, Object> context(InboxEntry task) {
        return task.context() == null ? Map.of() : task.context();
    }

    private static void add(List<SummaryRow> rows, String key, Object value) {
        if (value != null) {
            rows.add(new SummaryRow(key, String.valueOf(value)));
        }
    }
}
