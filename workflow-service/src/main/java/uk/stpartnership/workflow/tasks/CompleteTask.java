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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Completes a task with the person's answers: checked against the task's form and saved with what they mean for
 * the feature's records (approved minutes, a review), committed; only then handed to the process, and the inbox
 * entry closed. If the process cannot be reached the task stays open and the completion can be sent again: the
 * saved answers are found by the task's key and written nothing more, and the job is completed with them.
 */
@Singleton
public class CompleteTask {

    private static final Logger LOG = LoggerFactory.getLogger(CompleteTask.class);

    private final Steps steps;
    private final UserTaskJobs jobs;
    private final ViewTask viewTask;

    public CompleteTask(Steps steps, UserTaskJobs jobs, ViewTask viewTask) {
        this.steps = steps;
        this.jobs = jobs;
        this.viewTask = viewTask;
    }

    public TaskWithForm complete(Actor actor, long key, Map<String, Object> answers) {
        Saved saved = steps.save(actor, key, answers);
        if (jobs.complete(key, saved.completion().variables()) == UserTaskJobs.Outcome.NO_LONGER_WAITING && saved.fresh()) {
            // Saved by this call, yet the job was gone: the process had closed the task (an interrupting event) before.
            steps.finish(key, InboxTask.Status.CLOSED, null);
            LOG.info("Task {} was closed by its process before completion", key);
            throw ProblemException.conflict("This task was closed by the process and no longer needs doing");
        }
        // Completed now, or by an earlier call whose answer was lost: either way the job has the saved answers.
        steps.finish(key, InboxTask.Status.COMPLETED, saved.completion().completedBy());
        LOG.info("Task {} completed by {}", key, saved.completion().completedBy());
        return viewTask.afterChange(key);
    }

    /** The completion as saved; fresh when this call saved it. */
    record Saved(TaskCompletion completion, boolean fresh) {
    }

    /** The transactions of a completion: saving it, then closing the inbox entry once the process has it. */
    @Singleton
    static class Steps {

        private final TaskRepository tasks;
        private final TaskCompletionRepository completions;
        private final TaskForms forms;
        private final BoroughCalendars calendars;
        private final AuditLog auditLog;
        private final ApplicationEventPublisher<TaskCompleted> completed;
        private final Clock clock;

        Steps(TaskRepository tasks, TaskCompletionRepository completions, TaskForms forms, BoroughCalendars calendars,
              AuditLog auditLog, ApplicationEventPublisher<TaskCompleted> completed, Clock clock) {
            this.tasks = tasks;
            this.completions = completions;
            this.forms = forms;
            this.calendars = calendars;
            this.auditLog = auditLog;
            this.completed = completed;
            this.clock = clock;
        }

        /** Under the task's row lock, so that of two completions at once only one saves. */
        @Transactional
        Saved save(Actor actor, long key, Map<String, Object> answers) {
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
            var earlier = completions.find(key);
            if (earlier.isPresent()) {
                return new Saved(earlier.get(), false);
            }
            TaskForm form = forms.of(task.kind()).orElseThrow(() -> new IllegalStateException("No form " + task.kind()));
            TaskForm.Checked checked = form.check(answers, calendars.today(), task.context());
            if (!checked.errors().isEmpty()) {
                throw ProblemException.invalid(checked.errors());
            }
            // Only what the form lets the process see: texts stay in the feature's own tables (TaskForm.toProcess).
            Map<String, Object> variables = new LinkedHashMap<>(form.processVariables(checked.values(), key));
            variables.put("completedBy", actor.id());
            TaskCompletion completion = completions.save(new TaskCompletion(key, actor.id(), variables, Instant.now(clock)));
            completed.publishEvent(new TaskCompleted(task, checked.values(), actor));
            auditLog.record(actor, AuditLog.Action.UPDATE, task.auditEntry());
            return new Saved(completion, true);
        }

        @Transactional
        void finish(long key, InboxTask.Status status, String by) {
            tasks.finish(key, status, by, Instant.now(clock));
        }
    }
}
