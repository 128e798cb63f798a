package uk.stpartnership.workflow.meetings;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The chair's answer on the minutes (approve-minutes), kept with the meeting in the task's completing transaction. */
@Singleton
public class RecordMinutesApproval {

    private final MeetingRepository meetings;
    private final Clock clock;

    public RecordMinutesApproval(MeetingRepository meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        if (!GovernanceForms.APPROVE_MINUTES.equals(completed.task().kind())) {
            return;
        }
        UUID meetingId = UUID.fromString((String) completed.task().context().get("meetingId"));
        meetings.recordMinutesApproval(meetingId, Boolean.TRUE.equals(completed.answers().get("approved")),
                completed.completedBy().id(), (String) completed.answers().get("note"), Instant.now(clock));
    }
}
