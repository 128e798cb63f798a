package uk.stpartnership.workflow.complaints;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.evaluation.SmallCounts;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation's complaint indicators: complaints per borough per quarter by complainant relationship, stage reached,
 * outcome and review conclusion. For evaluators and project managers only (anyone else: 404); counts only, the small
 * ones withheld. Each breakdown of a borough's quarter adds up to the quarter's complaints, a total a reader can work
 * out from any breakdown shown in full: so each breakdown is one row for {@link SmallCounts}.
 */
@Singleton
public class ComplaintIndicators {

    private static final int MAX_MONTHS = 36;

    private final ComplaintRepository complaints;
    private final SmallCounts smallCounts;

    public ComplaintIndicators(ComplaintRepository complaints, SmallCounts smallCounts) {
        this.complaints = complaints;
        this.smallCounts = smallCounts;
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
        Map<List<String>, List<ComplaintRepository.IndicatorCount>> breakdowns = new LinkedHashMap<>();
        for (var count : complaints.indicators(first.atDay(1), last.plusMonths(1).atDay(1))) {
            breakdowns.computeIfAbsent(List.of(count.borough(), count.quarter(), count.dimension()), key -> new ArrayList<>()).add(count);
        }
        List<ComplaintIndicatorCounts.Count> shown = new ArrayList<>();
        for (var breakdown : breakdowns.values()) {
            List<SmallCounts.Shown> row = smallCounts.row(breakdown.stream().map(ComplaintRepository.IndicatorCount::complaints).toList());
            for (int i = 0; i < breakdown.size(); i++) {
                var count = breakdown.get(i);
                shown.add(new ComplaintIndicatorCounts.Count(count.borough(), count.quarter(), count.dimension(), count.value(),
                        row.get(i).count(), row.get(i).shown()));
            }
        }
        return new ComplaintIndicatorCounts(first.toString(), last.toString(), shown);
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.badField(field, "must be a month like 2026-11");
        }
    }
}
