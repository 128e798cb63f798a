package uk.stpartnership.workflow.tasks;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;

import java.util.Map;

/** The inbox, for ui-api (which signs people in and passes them on as the Actor). */
@Controller("/internal/tasks")
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
    Page<TaskView> mine(Actor actor, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return listMyTasks.list(actor, page, size);
    }

    @Get("/{key}")
    TaskView one(Actor actor, @PathVariable long key) {
        return viewTask.view(actor, key);
    }

    @Post("/{key}/claim")
    TaskView claim(Actor actor, @PathVariable long key) {
        return claimTask.claim(actor, key);
    }

    @Post("/{key}/unclaim")
    TaskView unclaim(Actor actor, @PathVariable long key) {
        return claimTask.unclaim(actor, key);
    }

    @Post("/{key}/complete")
    TaskView complete(Actor actor, @PathVariable long key, @Body Map<String, Object> answers) {
        return completeTask.complete(actor, key, answers);
    }
}
