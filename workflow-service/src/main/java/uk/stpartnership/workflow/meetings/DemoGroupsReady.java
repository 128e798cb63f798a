package uk.stpartnership.workflow.meetings;

/** Local mode: the three London governance groups exist (set up at this start or an earlier one). */
public record DemoGroupsReady() {
}
