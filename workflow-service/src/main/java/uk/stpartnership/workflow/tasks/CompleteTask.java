package uk.stpartnership.workflow.tasks;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Completes a task with the person's answers: checked against the task's form, handed to the process,
 * and the inbox entry closed, all under the row lock so that a second completion is refused.
 */
@Singleton
public class CompleteTask {

    private static final Logger LOG = LoggerFactory.getLogger(CompleteTask.class);

    private final TaskRepository tasks;
    private final TaskForms forms;
    private final UserTaskJobs jobs;
    private final BoroughCalendars calendars;
    private final ViewTask viewTask;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher<TaskCompleted> completions;
    private final Clock clock;

    public CompleteTask(TaskRepository tasks, TaskForms forms, UserTaskJobs jobs, BoroughCalendars calendars,
                        ViewTask viewTask, AuditLog auditLog, ApplicationEventPublisher<TaskCompleted> completions, Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.jobs = jobs;
        this.calendars = calendars;
        this.viewTask = viewTask;
        this.auditLog = auditLog;
        this.completions = completions;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = ProblemException.class)
    public TaskView complete(Actor actor, long key, Map<String, Object> answers) {
        InboxTask task = tasks.findForUpdate(key).filter(t -> t.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound("Task"));
        switch (task.status()) {
            case COMPLETED -> throw ProblemException.conflict("This task was already completed by " + task.completedBy());
            case CLOSED -> throw ProblemException.conflict("This task was closed by the process and no longer needs doing");
            case OPEN -> { }
        }
        if (task.assignee() != null && !task.assignee().equals(actor.id())) {
            throw ProblemException.conflict("This task is claimed by " + task.assignee());
        }
        TaskForm form = forms.of(task.kind()).orElseThrow(() -> new IllegalStateException("No form " + task.kind()));
        TaskForm.Checked checked = form.check(answers, calendars.today(), task.context());
        if (!checked.errors().isEmpty()) {
            throw ProblemException.invalid(checked.errors());
        }
        Map<String, Object> variables = form.processVariables(checked.values(), key);
        variables.put("completedBy", actor.id());
        Instant now = Instant.now(clock);
        if (jobs.complete(key, variables) == UserTaskJobs.Outcome.NO_LONGER_WAITING) {
            tasks.finish(key, InboxTask.Status.CLOSED, null, now);
            LOG.info("Task {} was closed by process instance {} before completion", key, task.processInstanceKey());
            throw ProblemException.conflict("This task was closed by the process and no longer needs doing");
        }
        tasks.finish(key, InboxTask.Status.COMPLETED, actor.id(), now);
        auditLog.record(actor, AuditLog.Action.UPDATE, task.auditEntry());
        completions.publishEvent(new TaskCompleted(task, checked.values(), actor));
        LOG.info("Task {} of process instance {} completed by {}", key, task.processInstanceKey(), actor.id());
        return viewTask.afterChange(key);
    }
}
