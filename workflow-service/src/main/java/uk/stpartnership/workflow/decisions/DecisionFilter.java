package uk.stpartnership.workflow.decisions;

import uk.stpartnership.workflow.governance.Group;

import java.time.LocalDate;

/**
 * What a person narrows the decision log to; null means any. borough matches the series' organisation or the
 * borough of any follow-up action; q searches wording and rationale.
 */
public record DecisionFilter(Group group, LocalDate from, LocalDate to, String borough, Decision.Status status, String q) {
}
