package uk.stpartnership.workflow.meetings;

import java.util.UUID;

/** One line of the minutes: information noted, a decision taken (decisionId), or an action agreed. */
public record Outcome(UUID id, UUID meetingId, int position, UUID agendaItemId, Type type, String wording, String rationale,
                      UUID decisionId) {

    public enum Type { INFORMATION, DECISION, ACTION }
}
