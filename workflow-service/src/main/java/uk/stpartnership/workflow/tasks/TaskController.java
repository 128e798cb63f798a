package uk.stpartnership.workflow.tasks;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Paging;

import java.util.Map;

/** The inbox, for ui-api (which signs people in and passes them on as the Actor). */
@Controller("/internal/tasks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tasks", description = "The inbox: tasks offered to a person's roles in their organisation, and those assigned to them")
@ProblemAnswers
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
    @Operation(operationId = "listMyTasks", summary = "Open tasks for my roles in my organisation, and tasks assigned to me, by due date",
            description = "Each item is what a list shows; a task's form is on its own route (viewTask). The total is counted up to 200:"
                    + " beyond that it is 200 and moreThanTotal is true.")
    MyTasksPage mine(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return listMyTasks.list(actor, paging.request());
    }

    @Get("/{key}")
    @Operation(operationId = "viewTask", summary = "One task with its form")
    TaskWithForm one(@Parameter(hidden = true) Actor actor, @PathVariable long key) {
        return viewTask.view(actor, key);
    }

    @Post("/{key}/claim")
    @Operation(operationId = "claimTask", summary = "Take the task: it is assigned to me")
    @ConflictAnswer
    TaskWithForm claim(@Parameter(hidden = true) Actor actor, @PathVariable long key) {
        return claimTask.claim(actor, key);
    }

    @Post("/{key}/unclaim")
    @Operation(operationId = "unclaimTask", summary = "Give the task back to the people of its role")
    @ConflictAnswer
    TaskWithForm unclaim(@Parameter(hidden = true) Actor actor, @PathVariable long key) {
        return claimTask.unclaim(actor, key);
    }

    @Post("/{key}/complete")
    @Operation(operationId = "completeTask", summary = "Complete the task with the fields of its form",
            description = "The fields, by name, are those of the task's form (viewTask): each form says which it requires and what each accepts.")
    @ConflictAnswer
    TaskWithForm complete(@Parameter(hidden = true) Actor actor, @PathVariable long key,
                      @RequestBody(required = true, description = "The form's fields, by name") @Body Map<String, Object> answers) {
        return completeTask.complete(actor, key, answers);
    }
}
