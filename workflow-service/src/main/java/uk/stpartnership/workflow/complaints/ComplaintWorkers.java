package uk.stpartnership.workflow.complaints;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.BpmnError;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.NamedTasks;
import uk.stpartnership.workflow.tasks.ProcessTasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The service tasks of complaint.bpmn: each stage's deadline, disclosure screening of every response before it is
 * sent, and what the process records on the complaint. A re-delivered job finds its work done and changes nothing.
 */
@Singleton
public class ComplaintWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintWorkers.class);
    static final String DISCLOSURE = "DISCLOSURE";

    private final ComplaintRepository complaints;
    private final ComplaintTexts texts;
    private final ProcessTasks tasks;
    private final ComplaintDeadlines deadlines;
    private final AuditLog auditLog;
    private final Clock clock;

    public ComplaintWorkers(ComplaintRepository complaints, ComplaintTexts texts, ProcessTasks tasks, ComplaintDeadlines deadlines,
                            AuditLog auditLog, Clock clock) {
        this.complaints = complaints;
        this.texts = texts;
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The deadline of the period the header names: deadlineAt and reminderAt for a stage's task, or the last moment
     * the complainant may ask for the next stage. The complaint keeps the deadline now running for its team to see.
     */
    @JobWorker(type = "complaint-deadlines", fetchVariables = "complaintId")
    @Transactional
    public Map<String, Object> deadlines(ActivatedJob job) {
        String key = job.getCustomHeaders().get("stage");
        ComplaintDeadlines.Period period = ComplaintDeadlines.Period.of(key == null ? "" : key)
                .orElseThrow(() -> new UnrecoverableJobFailure("The complaint-deadlines task names no known period: " + key));
        Complaint complaint = complaint(job);
        ComplaintDeadlines.Deadline deadline = deadlines.of(period, complaint);
        LOG.info("Complaint {}: {} ends {} ({} working days)", complaint.reference(), key, deadline.lastDay(), deadlines.days(key));
        complaints.startPeriod(complaint.id(), period.stage().orElse(complaint.stageReached()), key, deadline.dueAt());
        audit(job, complaint, AuditLog.Action.UPDATE);
        return switch (period) {
            case STAGE2_REQUEST_WINDOW -> Map.of("stage2RequestDeadlineAt", deadline.dueAt().toString());
            case STAGE3_REQUEST_WINDOW -> Map.of("stage3RequestDeadlineAt", deadline.dueAt().toString());
            default -> Map.of("deadlineAt", deadline.dueAt().toString(), "reminderAt", deadline.reminderAt().toString());
        };
    }

    /**
     * Screens the draft response (draftId, kept by workflow-service) against the complaint's protected details and
     * keeps what it named with the draft. A draft that names any of them is not sent: DISCLOSURE, with only the
     * count, goes to the process; the revision task reads what matched from workflow-service.
     */
    @JobWorker(type = "screen-response", fetchVariables = {"complaintId", "draftId"})
    @Transactional(noRollbackFor = BpmnError.class)
    public void screen(ActivatedJob job) {
        Complaint complaint = complaint(job);
        ComplaintTexts.Draft draft = draft(job, complaint);
        ScreenResponse.Result result = ScreenResponse.screen(draft.text(), complaints.protectedDetailsOf(complaint.id()));
        texts.recordScreening(draft.id(), result.matches().stream().map(ComplaintWorkers::named).toList(), Instant.now(clock));
        audit(job, complaint, AuditLog.Action.READ);
        if (result.blocked()) {
            LOG.info("Complaint {}: the draft response names {} protected detail(s); not sent", complaint.reference(), result.matches().size());
            throw new BpmnError(DISCLOSURE, "The draft response names protected details",
                    Map.of("draftBlocked", true, "disclosureCount", result.matches().size()));
        }
        LOG.info("Complaint {}: the draft response discloses nothing protected", complaint.reference());
    }

    /**
     * What the header says happened: a missed deadline (for the SLA view: the task's own deadline, as its inbox
     * entry has it, whatever deadline the process runs to now; of a stage's tasks, the one latest started), a response
     * with its outcome, or the end.
     */
    @JobWorker(type = "record-complaint-stage", fetchVariables = {"complaintId", "outcome"})
    @Transactional
    public Map<String, Object> record(ActivatedJob job) {
        Complaint complaint = complaint(job);
        String stage = job.getCustomHeaders().getOrDefault("stage", "");
        Map<String, Object> variables = job.getVariablesAsMap();
        Instant now = Instant.now(clock);
        Map<String, Object> result = Map.of();
        switch (stage) {
            case "deadline-missed" -> {
                NamedTasks named = NamedTasks.of(job.getCustomHeaders());
                InboxTask late = tasks.latest(named, job.getProcessInstanceKey())
                        .orElseThrow(() -> new IllegalStateException("No inbox entry (yet) for task " + named + " of this process instance"));
                String task = late.elementId();
                Instant deadlineAt = late.dueAt();
                if (complaints.insertMissedDeadline(job.getKey(), new MissedDeadline(complaint.id(), complaint.reference(),
                        complaint.borough(), task, deadlineAt, now, complaint.stageReached()))) {
                    LOG.warn("Complaint {}: the deadline of {} ({}) passed with the task open", complaint.reference(), task, deadlineAt);
                }
                result = Map.of("taskDueAt", deadlineAt.toString());
            }
            case "stage1-responded", "stage2-responded", "stage3-responded" ->
                    complaints.recordOutcome(complaint.id(), Complaint.Outcome.valueOf(String.valueOf(variables.get("outcome"))));
            case "withdrawn" -> complaints.close(complaint.id(), Complaint.Outcome.WITHDRAWN, now);
            case "resolved-early" -> complaints.close(complaint.id(), Complaint.Outcome.RESOLVED_EARLY, now);
            default -> throw new UnrecoverableJobFailure("The record-complaint-stage task names no known stage: " + stage);
        }
        audit(job, complaint, AuditLog.Action.UPDATE);
        LOG.info("Complaint {}: {} recorded", complaint.reference(), stage);
        return result;
    }

    private ComplaintTexts.Draft draft(ActivatedJob job, Complaint complaint) {
        Object id = job.getVariablesAsMap().get(ComplaintForms.DRAFT_ID);
        UUID draftId;
        try {
            draftId = UUID.fromString(String.valueOf(id));
        } catch (IllegalArgumentException e) {
            throw new UnrecoverableJobFailure("There is no draftId to screen: the response task must provide it");
        }
        // Retried, not an incident at once: the draft is kept in the transaction that completes its task.
        return texts.draft(complaint.id(), draftId)
                .orElseThrow(() -> new IllegalStateException("No draft " + draftId + " (yet) of complaint " + complaint.reference()));
    }

    private Complaint complaint(ActivatedJob job) {
        Object id = job.getVariablesAsMap().get("complaintId");
        try {
            // The process starts only after the complaint is committed (outbox): a complaint not there is a defect.
            return complaints.findById(UUID.fromString(String.valueOf(id)))
                    .orElseThrow(() -> new UnrecoverableJobFailure("No complaint " + id + " for this process instance"));
        } catch (IllegalArgumentException e) {
            throw new UnrecoverableJobFailure("The process instance's complaintId is not a complaint id: " + id);
        }
    }

    /** The process, not a person, read or changed the complaint; the audit log says which instance. */
    private void audit(ActivatedJob job, Complaint complaint, AuditLog.Action action) {
        auditLog.record(new Actor("process:" + job.getProcessInstanceKey(), complaint.borough(), Set.of()), action,
                ViewComplaint.entry(complaint));
    }

    private static String named(ScreenResponse.Match match) {
        return match.kind() + ": " + match.detail();
    }
}
