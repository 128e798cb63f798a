package uk.stpartnership.workflow.tasks;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.stpartnership.workflow.access.Actor;

import java.util.Map;

/** The inbox, for ui-api (which signs people in and passes them on as the Actor). */
@Controller("/internal/tasks")
@ExecuteOn(TaskExecutors.BLOCKING)
class TaskController {

    private final ListMyTasks listMyTasks;
    private final ViewTask viewTask;
    private final ClaimTask claimTask;
    private final CompleteTask completeTask;

    TaskController(ListMyTasks listMyTasks, ViewTask viewTask, ClaimTask claimTask, CompleteTask completeTask) {
        this.listMyTasks = listMyTasks;
        this.viewTask = viewTask;
        this.claimTask = claimTask;
        this.completeTask = completeTask;
    }

    @Get
    MyTasksPage mine(Actor actor, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return listMyTasks.list(actor, page, size);
    }

    @Get("/{key}")
    TaskWithForm one(Actor actor, @PathVariable long key) {
        return viewTask.view(actor, key);
    }

    @Post("/{key}/claim")
    TaskWithForm claim(Actor actor, @PathVariable long key) {
        return claimTask.claim(actor, key);
    }

    @Post("/{key}/unclaim")
    TaskWithForm unclaim(Actor actor, @PathVariable long key) {
        return claimTask.unclaim(actor, key);
    }

    @Post("/{key}/complete")
    TaskWithForm complete(Actor actor, @PathVariable long key, @Body Map<String, Object> answers) {
        return completeTask.complete(actor, key, answers);
    }
}
