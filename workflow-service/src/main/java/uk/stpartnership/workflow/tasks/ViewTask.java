package uk.stpartnership.workflow.tasks;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;

import java.time.Clock;
import java.time.Instant;

@Singleton
public class ViewTask {

    private final TaskRepository tasks;
    private final TaskForms forms;
    private final Clock clock;

    public ViewTask(TaskRepository tasks, TaskForms forms, Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.clock = clock;
    }

    public TaskView view(Actor actor, long key) {
        return tasks.find(key).filter(task -> task.visibleTo(actor))
                .map(task -> TaskView.of(task, forms, Instant.now(clock)))
                .orElseThrow(() -> ProblemException.notFound("Task"));
    }
}
