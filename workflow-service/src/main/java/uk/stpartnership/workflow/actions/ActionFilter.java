package uk.stpartnership.workflow.actions;

/** What a person narrows the action list to; null means any. overdue: open and past the due date (true) or not (false). */
public record ActionFilter(String borough, String owner, Action.Status status, Boolean overdue) {
}
