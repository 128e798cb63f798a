package uk.stpartnership.workflow.meetings;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.ActionProcesses;
import uk.stpartnership.workflow.actions.ActionTimes;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the governance-action process of each action agreed at a meeting (through the outbox, after commit). The
 * process carries no wording: its tasks and emails read the action's title from workflow-service.
 */
@Singleton
class AgreedActions {

    private final ActionProcesses processes;
    private final BoroughCalendars calendars;
    private final int reminderWorkingDays;

    AgreedActions(ActionProcesses processes, BoroughCalendars calendars,
                  @Value("${governance.action-reminder-working-days:2}") int reminderWorkingDays) {
        this.processes = processes;
        this.calendars = calendars;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    void start(List<Action> actions) {
        for (Action action : actions) {
            ActionTimes times = ActionTimes.of(action.dueDate(), reminderWorkingDays, calendars.of(action.borough()), calendars.zone());
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("actionId", action.id().toString());
            variables.put("owner", action.owner());
            variables.put("borough", action.borough());
            variables.put("dueDate", action.dueDate().toString());
            variables.put("dueAt", times.dueAt().toString());
            variables.put("reminderAt", times.reminderAt().toString());
            variables.put("businessReference", action.id().toString());
            processes.actionAgreed(action.id(), variables);
        }
    }
}
