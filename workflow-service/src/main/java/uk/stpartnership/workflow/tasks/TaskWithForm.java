package uk.stpartnership.workflow.tasks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A task as its own route shows it: what a list shows, and the form it is completed with. */
@Serdeable
public record TaskWithForm(@JsonUnwrapped TaskView task, List<TaskForm.Field> form) {

    static TaskWithForm of(InboxTask task, TaskForms forms, Instant now) {
        return new TaskWithForm(TaskView.of(task, now), forms.of(task.kind()).map(TaskForm::fields).orElse(List.of()));
    }
}
