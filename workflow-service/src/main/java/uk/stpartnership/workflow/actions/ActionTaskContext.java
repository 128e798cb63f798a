package uk.stpartnership.workflow.actions;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The action's wording and the meeting that agreed it, read from workflow-service's tables when the owner views the task. */
@Singleton
class ActionTaskContext implements TaskContext {

    private final ActionTexts texts;

    ActionTaskContext(ActionTexts texts) {
        this.texts = texts;
    }

    @Override
    public Map<String, Object> of(InboxTask task) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (CompleteActionForm.KIND.equals(task.kind()) && task.context().get("actionId") instanceof String id) {
            context.putAll(texts.of(UUID.fromString(id)));
        }
        return context;
    }
}
