package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A meeting task's title, place and (to record the meeting) agenda, read from the meeting when the task is viewed. */
@Singleton
class MeetingTaskContext implements TaskContext {

    private static final Set<String> KINDS = Set.of(GovernanceForms.FINALISE_AGENDA, GovernanceForms.RECORD_MEETING, GovernanceForms.APPROVE_MINUTES);

    private final MeetingRepository meetings;
    private final BuildAgendaPack agendaPack;

    MeetingTaskContext(MeetingRepository meetings, BuildAgendaPack agendaPack) {
        this.meetings = meetings;
        this.agendaPack = agendaPack;
    }

    @Override
    public Map<String, Object> of(InboxTask task) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (KINDS.contains(task.kind()) && task.context().get("meetingId") instanceof String id) {
            meetings.find(UUID.fromString(id)).ifPresent(meeting -> {
                context.put("meetingTitle", meeting.title());
                context.put("location", meeting.location());
                if (GovernanceForms.RECORD_MEETING.equals(task.kind())) {
                    context.put("agendaSummary", agendaPack.summary(meeting.id()));
                }
            });
        }
        return context;
    }
}
