package uk.stpartnership.workflow.meetings;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.ActionRepository;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.jobs.JobVariables;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The service tasks of meeting-series.bpmn and meeting.bpmn. */
@Singleton
public class MeetingWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingWorkers.class);
    private static final int OPEN_ACTIONS_LISTED = 50;

    private final PlanNextMeeting planNextMeeting;
    private final BuildAgendaPack buildAgendaPack;
    private final RecordMinutes recordMinutes;
    private final RecordCancellation recordCancellation;
    private final MeetingRepository meetings;
    private final ActionRepository actions;
    private final AgreedActions agreedActions;
    private final BoroughCalendars calendars;

    public MeetingWorkers(PlanNextMeeting planNextMeeting, BuildAgendaPack buildAgendaPack, RecordMinutes recordMinutes,
                          RecordCancellation recordCancellation, MeetingRepository meetings, ActionRepository actions,
                          AgreedActions agreedActions, BoroughCalendars calendars) {
        this.planNextMeeting = planNextMeeting;
        this.buildAgendaPack = buildAgendaPack;
        this.recordMinutes = recordMinutes;
        this.recordCancellation = recordCancellation;
        this.meetings = meetings;
        this.actions = actions;
        this.agreedActions = agreedActions;
        this.calendars = calendars;
    }

    /**
     * The meeting after the one just planned (meetingId), or the first; seriesOpen false once the series is closed.
     * Besides the variables docs/GOVERNANCE.md lists, location: the agenda-pack template needs it.
     */
    @JobWorker(type = "plan-next-meeting", fetchVariables = {"seriesId", "meetingId"})
    public Map<String, Object> planNextMeeting(ActivatedJob job) {
        UUID seriesId = JobVariables.id(job, "seriesId");
        UUID previous = job.getVariablesAsMap().get("meetingId") == null ? null : JobVariables.id(job, "meetingId");
        return planNextMeeting.plan(seriesId, previous).map(planned -> {
            Meeting m = planned.meeting();
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("meetingId", m.id().toString());
            variables.put("meetingTitle", m.title());
            variables.put("scheduledAt", m.times().scheduledAt().toString());
            variables.put("endsAt", m.times().endsAt().toString());
            variables.put("agendaCallAt", m.times().agendaCallAt().toString());
            variables.put("agendaClosesAt", m.times().agendaClosesAt().toString());
            variables.put("minutesApprovalDueAt", m.times().minutesApprovalDueAt().toString());
            variables.put("location", m.location());
            variables.put("members", planned.series().members().stream().map(Member::recipient).toList());
            variables.put("chair", m.chair());
            variables.put("borough", m.organisation());
            variables.put("seriesOpen", true);
            return variables;
        }).orElseGet(() -> Map.of("seriesOpen", false));
    }

    /** The series' open actions, for the call for agenda items. */
    @JobWorker(type = "list-open-actions", fetchVariables = "meetingId")
    public Map<String, Object> listOpenActions(ActivatedJob job) {
        Meeting meeting = meetings.find(JobVariables.id(job, "meetingId"))
                .orElseThrow(() -> new UnrecoverableJobFailure("No meeting " + job.getVariablesAsMap().get("meetingId")));
        List<Action> open = actions.openOfSeries(meeting.seriesId(), OPEN_ACTIONS_LISTED);
        if (open.isEmpty()) {
            return Map.of("openActionsSummary", "None");
        }
        LocalDate today = calendars.today();
        String summary = open.stream().map(action -> "- " + action.title() + " (" + action.owner() + ", " + action.borough()
                        + ", due " + action.dueDate().format(Meeting.DAY) + (action.overdue(today) ? ", overdue" : "") + ")")
                .collect(Collectors.joining("\n"));
        long more = actions.countOpenOfSeries(meeting.seriesId()) - open.size();
        return Map.of("openActionsSummary", more > 0 ? summary + "\n... and " + more + " more" : summary);
    }

    @JobWorker(type = "build-agenda-pack", fetchVariables = "meetingId")
    public Map<String, Object> buildAgendaPack(ActivatedJob job) {
        BuildAgendaPack.AgendaPack pack = buildAgendaPack.build(JobVariables.id(job, "meetingId"));
        return Map.of("agendaSummary", pack.agendaSummary(), "icalendar", pack.icalendar());
    }

    /**
     * Keeps the minutes, then starts each action's process. The minutes are committed first: a job handed over
     * again finds them kept and publishes the same actions again, which the engine does not start twice.
     */
    @JobWorker(type = "record-minutes", fetchVariables = {"meetingId", "attendees", "outcomes", "completedBy"})
    public Map<String, Object> recordMinutes(ActivatedJob job) {
        MinutesInput minutes;
        try {
            minutes = MinutesInput.from(job.getVariablesAsMap());
        } catch (RuntimeException e) {
            throw new UnrecoverableJobFailure("The minutes are not in the shape of the record-meeting form: " + e.getMessage(), e);
        }
        RecordMinutes.Recorded recorded = recordMinutes.record(JobVariables.id(job, "meetingId"), minutes, JobVariables.text(job, "completedBy"));
        agreedActions.start(recorded.meeting(), recorded.actions());
        LOG.info("{} actions agreed and started", recorded.actions().size());
        return Map.of("quorumMet", recorded.quorumMet());
    }

    @JobWorker(type = "cancel-meeting", fetchVariables = "meetingId")
    public void cancelMeeting(ActivatedJob job) {
        recordCancellation.cancelled(JobVariables.id(job, "meetingId"), job.getProcessInstanceKey());
    }
}
