package uk.stpartnership.workflow.complaints;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The evaluation's complaint indicators: complaints per borough per quarter by complainant relationship, stage reached,
 * outcome and review conclusion. For evaluators and project managers only (anyone else: 404); counts only.
 */
@Singleton
public class ComplaintIndicators {

    private static final int MAX_MONTHS = 36;

    private final ComplaintRepository complaints;

    public ComplaintIndicators(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    public ComplaintIndicatorCounts count(Actor actor, String from, String to) {
        if (!actor.holdsAny(Role.EVALUATOR, Role.PROJECT_MANAGER)) {
            throw ProblemException.notFound("Complaint indicators");
        }
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.badField("to", "must not be before from");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            throw ProblemException.badField("to", "a range may span at most " + MAX_MONTHS + " months");
        }
        return new ComplaintIndicatorCounts(first.toString(), last.toString(),
                complaints.indicators(first.atDay(1), last.plusMonths(1).atDay(1)));
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.badField(field, "must be a month like 2026-11");
        }
    }
}
