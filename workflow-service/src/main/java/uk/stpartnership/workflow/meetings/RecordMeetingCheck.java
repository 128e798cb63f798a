package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.workflow.decisions.Decision;
import uk.stpartnership.workflow.decisions.RecordDecisions;
import uk.stpartnership.workflow.tasks.TaskForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the record-meeting form cannot check field by field: each outcome is about an item on this meeting's
 * agenda, an ACTION outcome has exactly one action and information none, only a decision supersedes (a decision
 * in the log not already superseded), and every action is due after the meeting.
 */
@Singleton
class RecordMeetingCheck implements TaskForm.CrossCheck {

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final RecordDecisions decisions;

    RecordMeetingCheck(MeetingRepository meetings, AgendaRepository agenda, RecordDecisions decisions) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
    }

    @Override
    public List<FieldError> check(Map<String, Object> values, Map<String, Object> context) {
        UUID meetingId = UUID.fromString(String.valueOf(context.get("meetingId")));
        LocalDate meetingDay = meetings.find(meetingId).orElseThrow(() -> new IllegalStateException("No meeting " + meetingId)).date();
        Set<String> items = agenda.of(meetingId).stream().map(item -> item.id().toString()).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        List<?> outcomes = (List<?>) values.get("outcomes");
        for (int i = 0; i < outcomes.size(); i++) {
            Map<?, ?> outcome = (Map<?, ?>) outcomes.get(i);
            String path = "outcomes[" + i + "]";
            Outcome.Type type = Outcome.Type.valueOf((String) outcome.get("type"));
            List<?> actions = outcome.get("actions") == null ? List.of() : (List<?>) outcome.get("actions");
            if (!items.contains(outcome.get("agendaItemId"))) {
                errors.add(new FieldError(path + ".agendaItemId", "is not an item on this meeting's agenda"));
            }
            actionsProblem(type, actions.size()).ifPresent(problem -> errors.add(new FieldError(path + ".actions", problem)));
            if (outcome.get("supersedes") != null) {
                supersedesProblem(type, (String) outcome.get("supersedes"))
                        .ifPresent(problem -> errors.add(new FieldError(path + ".supersedes", problem)));
            }
            for (int j = 0; j < actions.size(); j++) {
                String dueDate = path + ".actions[" + j + "].dueDate";
                dueDateProblem(LocalDate.parse((String) ((Map<?, ?>) actions.get(j)).get("dueDate")), meetingDay)
                        .ifPresent(problem -> errors.add(new FieldError(dueDate, problem)));
            }
        }
        return errors;
    }

    /** An ACTION outcome has exactly one action, information none (RecordPastMeeting's rule too). */
    static Optional<String> actionsProblem(Outcome.Type type, int actions) {
        if (type == Outcome.Type.ACTION && actions != 1) {
            return Optional.of("an ACTION outcome has exactly one action");
        }
        if (type == Outcome.Type.INFORMATION && actions > 0) {
            return Optional.of("information has no actions: record a DECISION or an ACTION");
        }
        return Optional.empty();
    }

    static Optional<String> dueDateProblem(LocalDate due, LocalDate meetingDay) {
        return due.isAfter(meetingDay) ? Optional.empty() : Optional.of("must be after the meeting (" + meetingDay + ")");
    }

    private Optional<String> supersedesProblem(Outcome.Type type, String supersedes) {
        if (type != Outcome.Type.DECISION) {
            return Optional.of("only a decision supersedes another");
        }
        Optional<Decision> older;
        try {
            older = decisions.find(UUID.fromString(supersedes));
        } catch (IllegalArgumentException e) {
            older = Optional.empty();
        }
        if (older.isEmpty()) {
            return Optional.of("is not a decision in the log");
        }
        return older.get().status() == Decision.Status.SUPERSEDED ? Optional.of("is already superseded") : Optional.empty();
    }
}
