package uk.stpartnership.workflow.tasks;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One page of a person's open tasks and how many there are in all, counted up to 200 (ListMyTasks.COUNTED_UP_TO):
 * beyond that {@code total} is that number and {@code moreThanTotal} is true ("more than 200").
 */
@Serdeable
public record MyTasksPage(List<TaskView> items, int page, int size, long total, boolean moreThanTotal) {
}
