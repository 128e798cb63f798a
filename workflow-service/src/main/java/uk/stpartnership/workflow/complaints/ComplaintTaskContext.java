package uk.stpartnership.workflow.complaints;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a complaint's task shows beyond its process variables, read from workflow-service's tables when the task is
 * viewed: what the complaint is about, the draft and what its screening named, the reason for an extension, the
 * panel's report. None of it is ever a process variable.
 */
@Singleton
class ComplaintTaskContext implements TaskContext {

    private final ComplaintRepository complaints;
    private final ComplaintTexts texts;

    ComplaintTaskContext(ComplaintRepository complaints, ComplaintTexts texts) {
        this.complaints = complaints;
        this.texts = texts;
    }

    @Override
    public Map<String, Object> of(InboxTask task) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (!OutboxComplaintProcesses.PROCESS_ID.equals(task.bpmnProcessId()) || !(task.context().get("complaintId") instanceof String id)) {
            return context;
        }
        UUID complaintId = UUID.fromString(id);
        Optional<ComplaintTexts.Draft> draft = task.context().get(ComplaintForms.DRAFT_ID) instanceof String draftId
                ? texts.draft(complaintId, UUID.fromString(draftId)) : Optional.empty();
        switch (task.kind()) {
            case ComplaintForms.PERPETRATOR_PROOFING_REVIEW, "respond-stage1", "investigate-stage2" ->
                    complaints.findById(complaintId).ifPresent(complaint -> context.put("complaintAbout", complaint.about()));
            case "agree-worker-support" ->
                    complaints.findById(complaintId).ifPresent(complaint -> context.put("workersComplainedAbout", ComplaintLetters.workersOf(complaint)));
            case "decide-extension" -> texts.latestText(complaintId, "extensionReason").ifPresent(reason -> context.put("extensionReason", reason));
            case "council-response" -> texts.latestText(complaintId, "report").ifPresent(report -> context.put("report", report));
            case "revise-response" -> draft.ifPresent(d -> {
                context.put(ComplaintForms.DRAFT_RESPONSE, d.text());
                context.put("disclosureMatches", d.matches() == null ? List.of() : d.matches());
                texts.latestTextAfter(complaintId, "finalTextNote", d.writtenAt()).ifPresent(note -> context.put("finalTextNote", note));
            });
            case "confirm-final-text", "post-response" -> draft.ifPresent(d -> context.put(ComplaintForms.DRAFT_RESPONSE, d.text()));
            default -> { }
        }
        return context;
    }
}
