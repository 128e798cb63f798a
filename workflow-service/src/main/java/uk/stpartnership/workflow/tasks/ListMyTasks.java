package uk.stpartnership.workflow.tasks;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A person's open tasks: assigned to them, or offered to their roles in their borough; soonest due first. */
@Singleton
public class ListMyTasks {

    static final int MAX_PAGE_SIZE = 100;

    private final TaskRepository tasks;
    private final TaskForms forms;
    private final Clock clock;

    public ListMyTasks(TaskRepository tasks, TaskForms forms, Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.clock = clock;
    }

    public TaskView.Page list(Actor actor, int page, int size) {
        if (page < 0) {
            throw ProblemException.badField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<String> roles = actor.roles().stream().map(Role::name).toList();
        Instant now = Instant.now(clock);
        List<TaskView> items = tasks.openFor(actor.id(), actor.organisation(), roles, page * size, size).stream()
                .map(task -> TaskView.of(task, forms, now)).toList();
        return new TaskView.Page(items, page, size, tasks.countOpenFor(actor.id(), actor.organisation(), roles));
    }
}
