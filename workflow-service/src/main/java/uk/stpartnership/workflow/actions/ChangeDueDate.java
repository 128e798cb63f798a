package uk.stpartnership.workflow.actions;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new due date for an open action, with a reason: by its owner, a project manager or the lead of its borough.
 * Kept in the action's history (DUE_DATE_CHANGED, old and new date, reason, who); the action is no longer marked
 * escalated. The action's process (message action-due-date-changed) replaces the owner's task and its reminder
 * and overdue timers with ones for the new date.
 */
@Singleton
public class ChangeDueDate {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeDueDate.class);

    private final ActionRepository actions;
    private final ActionProcesses processes;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int reminderWorkingDays;

    ChangeDueDate(ActionRepository actions, ActionProcesses processes, RequestValidator validator, BoroughCalendars calendars,
                         AuditLog auditLog, Clock clock,
                         @Value("${governance.action-reminder-working-days:2}") int reminderWorkingDays) {
        this.actions = actions;
        this.processes = processes;
        this.validator = validator;
        this.calendars = calendars;
        this.auditLog = auditLog;
        this.clock = clock;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    @Transactional
    public ActionView change(Actor actor, UUID id, ChangeDueDateRequest request) {
        Action visible = actions.findById(id)
                .filter(a -> actor.seesAcrossBoroughs() || a.borough().equals(actor.organisation()) || a.owner().equals(actor.id()))
                .orElseThrow(() -> ProblemException.notFound("Action"));
        boolean allowed = visible.owner().equals(actor.id()) || actor.holds(Role.PROJECT_MANAGER)
                || (actor.holds(Role.BOROUGH_LEAD) && visible.borough().equals(actor.organisation()));
        if (!allowed) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the owner, project managers and the borough's lead change an action's due date");
        }
        validator.check(request);
        LocalDate today = calendars.today();
        if (request.dueDate().isBefore(today)) {
            throw ProblemException.badField("dueDate", "must not be before today");
        }
        Action action = actions.findForUpdate(id).orElseThrow();
        if (action.status() == Action.Status.DONE) {
            throw ProblemException.conflict("This action is done: its due date can no longer change");
        }
        Instant now = Instant.now(clock);
        String reason = request.reason().strip();
        actions.changeDueDate(id, request.dueDate());
        actions.addHistory(new ActionHistory(id, now, ActionHistory.Event.DUE_DATE_CHANGED, actor.id(), reason, action.dueDate(),
                request.dueDate()));

        ActionTimes times = ActionTimes.of(request.dueDate(), reminderWorkingDays, calendars.of(action.borough()), calendars.zone());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("dueDate", request.dueDate().toString());
        variables.put("dueAt", times.dueAt().toString());
        variables.put("reminderAt", times.reminderAt().toString());
        processes.actionDueDateChanged(id, variables);
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("action", id.toString(), null));
        LOG.info("Action {} due date changed by {} from {} to {}", id, actor.id(), action.dueDate(), request.dueDate());
        Action changed = actions.findById(id).orElseThrow();
        List<ActionHistory> history = actions.historyOf(List.of(id));
        return ActionView.of(changed, today, history);
    }
}
