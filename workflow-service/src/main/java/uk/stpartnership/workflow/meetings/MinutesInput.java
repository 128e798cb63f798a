package uk.stpartnership.workflow.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers of the record-meeting form, already checked against it. */
public record MinutesInput(List<String> attendees, List<OutcomeInput> outcomes) {

    public record OutcomeInput(UUID agendaItemId, Outcome.Type type, String wording, String rationale, UUID supersedes,
                               List<ActionInput> actions) {
    }

    public record ActionInput(String title, String owner, LocalDate dueDate, String borough) {
    }

    static MinutesInput from(Map<String, Object> variables) {
        List<String> attendees = list(variables.get("attendees")).stream().map(String.class::cast).toList();
        List<OutcomeInput> outcomes = list(variables.get("outcomes")).stream().map(raw -> {
            Map<?, ?> outcome = (Map<?, ?>) raw;
            List<ActionInput> actions = list(outcome.get("actions")).stream().map(rawAction -> {
                Map<?, ?> action = (Map<?, ?>) rawAction;
                return new ActionInput((String) action.get("title"), (String) action.get("owner"),
                        LocalDate.parse((String) action.get("dueDate")), (String) action.get("borough"));
            }).toList();
            return new OutcomeInput(UUID.fromString((String) outcome.get("agendaItemId")), Outcome.Type.valueOf((String) outcome.get("type")),
                    (String) outcome.get("wording"), (String) outcome.get("rationale"),
                    outcome.get("supersedes") == null ? null : UUID.fromString((String) outcome.get("supersedes")), actions);
        }).toList();
        return new MinutesInput(attendees, outcomes);
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }
}
