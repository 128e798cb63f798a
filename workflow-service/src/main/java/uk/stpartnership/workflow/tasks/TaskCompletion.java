package uk.stpartnership.workflow.tasks;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;

/** What a person completed a task with, saved before its job is completed; keyed by the task's job key. */
@MappedEntity("task_completion")
public record TaskCompletion(@Id long jobKey, String completedBy, @TypeDef(type = DataType.JSON) Map<String, Object> variables,
                             Instant savedAt) {
}
