package uk.stpartnership.workflow.consultations;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What the practitioner wrote when asking (their role, the help wanted), read from the request when the lead views the task. */
@Singleton
class ConsultationTaskContext implements TaskContext {

    private final ConsultationRequests requests;

    ConsultationTaskContext(ConsultationRequests requests) {
        this.requests = requests;
    }

    @Override
    public Map<String, Object> of(InboxTask task) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (HoldCaseConsultationForm.KIND.equals(task.kind()) && task.context().get("consultationId") instanceof String id) {
            requests.findById(UUID.fromString(id)).ifPresent(request -> {
                context.put("practitionerRole", request.practitionerRole());
                context.put("helpWanted", request.helpWanted());
            });
        }
        return context;
    }
}
