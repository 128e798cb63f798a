package uk.stpartnership.workflow.meetings;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.util.UUID;

/** The chair's note on the finalised agenda, kept with the meeting in the task's completing transaction: it goes with the pack. */
@Singleton
class FinaliseAgenda {

    private final MeetingRepository meetings;

    FinaliseAgenda(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        if (GovernanceForms.FINALISE_AGENDA.equals(completed.task().kind())) {
            meetings.recordAgendaNote(UUID.fromString((String) completed.task().context().get("meetingId")),
                    (String) completed.answers().get("note"));
        }
    }
}
