package uk.stpartnership.workflow.actions;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.TaskForm;
import uk.stpartnership.workflow.tasks.TaskForm.Field;

import java.util.List;

/** The owner's note stays with the action (RecordActionDone); its title and meeting are added when viewed (ActionTaskContext). */
@Factory
class CompleteActionForm {

    static final String KIND = "complete-action";

    @Singleton
    TaskForm completeAction() {
        return new TaskForm(KIND, "Complete the action",
                List.of("actionId", "dueDate"),
                List.of(Field.text("doneNote", "What was done", true, 2000)));
    }
}
