package uk.stpartnership.workflow.complaints;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.TaskCompleted;
import uk.stpartnership.workflow.tasks.TaskForm;
import uk.stpartnership.workflow.tasks.TaskForms;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps every text a complaint's task was completed with, in the completing transaction, since none of it goes to
 * the engine: a draft response under the id the process is given, anything else by task and field. The review's
 * notes and safeguards are RecordReview's. A re-delivered completion writes once.
 */
@Singleton
class KeepComplaintTexts {

    private final ComplaintTexts texts;
    private final TaskForms forms;
    private final Clock clock;

    KeepComplaintTexts(ComplaintTexts texts, TaskForms forms, Clock clock) {
        this.texts = texts;
        this.forms = forms;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        if (!OutboxComplaintProcesses.PROCESS_ID.equals(completed.task().bpmnProcessId())
                || ComplaintForms.PERPETRATOR_PROOFING_REVIEW.equals(completed.task().kind())) {
            return;
        }
        TaskForm form = forms.of(completed.task().kind()).orElseThrow();
        UUID complaintId = UUID.fromString(String.valueOf(completed.task().context().get("complaintId")));
        long taskKey = completed.task().jobKey();
        String by = completed.completedBy().id();
        Instant now = Instant.now(clock);
        for (Map.Entry<String, String> text : form.texts(completed.answers()).entrySet()) {
            if (ComplaintForms.DRAFT_RESPONSE.equals(text.getKey())) {
                texts.insertDraftIfAbsent(taskKey, complaintId, text.getValue(), by, now);
            } else {
                texts.insertTextIfAbsent(taskKey, text.getKey(), complaintId, text.getValue(), by, now);
            }
        }
    }
}
