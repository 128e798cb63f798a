package uk.stpartnership.workflow.meetings;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.jobs.JobVariables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The service tasks of meeting-series.bpmn and meeting.bpmn. */
@Singleton
public class MeetingWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingWorkers.class);

    private final PlanNextMeeting planNextMeeting;
    private final BuildAgendaPack buildAgendaPack;
    private final RecordMinutes recordMinutes;
    private final RecordCancellation recordCancellation;
    private final GovernanceProcesses processes;
    private final BoroughCalendars calendars;
    private final int reminderWorkingDays;

    public MeetingWorkers(PlanNextMeeting planNextMeeting, BuildAgendaPack buildAgendaPack, RecordMinutes recordMinutes,
                          RecordCancellation recordCancellation, GovernanceProcesses processes, BoroughCalendars calendars,
                          @Value("${governance.action-reminder-working-days:2}") int reminderWorkingDays) {
        this.planNextMeeting = planNextMeeting;
        this.buildAgendaPack = buildAgendaPack;
        this.recordMinutes = recordMinutes;
        this.recordCancellation = recordCancellation;
        this.processes = processes;
        this.calendars = calendars;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    /**
     * The meeting after the one just planned (meetingId), or the first; seriesOpen false once the series is closed.
     * Its title and place are the series' texts: the tasks and emails read them from the meeting.
     */
    @JobWorker(type = "plan-next-meeting", fetchVariables = {"seriesId", "meetingId"})
    public Map<String, Object> planNextMeeting(ActivatedJob job) {
        UUID seriesId = JobVariables.id(job, "seriesId");
        UUID previous = job.getVariablesAsMap().get("meetingId") == null ? null : JobVariables.id(job, "meetingId");
        return planNextMeeting.plan(seriesId, previous).map(planned -> {
            Meeting m = planned.meeting();
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("meetingId", m.id().toString());
            variables.put("scheduledAt", m.times().scheduledAt().toString());
            variables.put("endsAt", m.times().endsAt().toString());
            variables.put("agendaCallAt", m.times().agendaCallAt().toString());
            variables.put("agendaClosesAt", m.times().agendaClosesAt().toString());
            variables.put("minutesApprovalDueAt", m.times().minutesApprovalDueAt().toString());
            variables.put("members", planned.series().members().stream().map(Member::recipient).toList());
            variables.put("chair", m.chair());
            variables.put("borough", m.organisation());
            variables.put("seriesOpen", true);
            return variables;
        }).orElseGet(() -> Map.of("seriesOpen", false));
    }

    /** Closes the agenda; the pack is put together when its email goes (MeetingLetters). */
    @JobWorker(type = "build-agenda-pack", fetchVariables = "meetingId")
    public void buildAgendaPack(ActivatedJob job) {
        buildAgendaPack.close(JobVariables.id(job, "meetingId"));
    }

    /**
     * Starts each action's process from the minutes kept when the chair completed record-meeting. A job handed over
     * again publishes the same actions again, which the engine does not start twice.
     */
    @JobWorker(type = "record-minutes", fetchVariables = "meetingId")
    public Map<String, Object> recordMinutes(ActivatedJob job) {
        RecordMinutes.Recorded recorded = recordMinutes.recorded(JobVariables.id(job, "meetingId"));
        for (Action action : recorded.actions()) {
            ActionTimes times = ActionTimes.of(action.dueDate(), reminderWorkingDays, calendars.of(action.borough()), calendars.zone());
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("actionId", action.id().toString());
            variables.put("owner", action.owner());
            variables.put("borough", action.borough());
            variables.put("dueDate", action.dueDate().toString());
            variables.put("dueAt", times.dueAt().toString());
            variables.put("reminderAt", times.reminderAt().toString());
            variables.put("businessReference", action.id().toString());
            processes.actionAgreed(action.id(), variables);
        }
        LOG.info("{} actions agreed and started", recorded.actions().size());
        return Map.of("quorumMet", recorded.quorumMet());
    }

    @JobWorker(type = "cancel-meeting", fetchVariables = "meetingId")
    public void cancelMeeting(ActivatedJob job) {
        recordCancellation.cancelled(JobVariables.id(job, "meetingId"), job.getProcessInstanceKey());
    }
}
