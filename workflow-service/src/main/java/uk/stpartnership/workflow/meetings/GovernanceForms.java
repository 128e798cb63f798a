package uk.stpartnership.workflow.meetings;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.TaskForm;
import uk.stpartnership.workflow.tasks.TaskForm.Field;

import java.util.Arrays;
import java.util.List;

/**
 * The forms of meeting.bpmn's user tasks (docs/GOVERNANCE.md). Only their facts go to the process: the note, the
 * attendees and the outcomes are kept with the meeting when the task is completed; the meeting's title, place and agenda
 * are added when a task is viewed (MeetingTaskContext).
 */
@Factory
class GovernanceForms {

    static final String FINALISE_AGENDA = "finalise-agenda";
    static final String RECORD_MEETING = "record-meeting";
    static final String APPROVE_MINUTES = "approve-minutes";

    @Singleton
    TaskForm finaliseAgenda() {
        return new TaskForm(FINALISE_AGENDA, "Finalise the agenda",
                List.of("meetingId", "scheduledAt", "agendaClosesAt"),
                List.of(
                        Field.yesNo("agendaConfirmed", "Is the agenda final?"),
                        Field.text("note", "Note", false, 2000)));
    }

    @Singleton
    TaskForm recordMeeting(RecordMeetingCheck check) {
        List<Field> action = List.of(
                Field.text("title", "What is to be done", true, 500),
                Field.text("owner", "Owner (one person)", true, 100),
                Field.futureDate("dueDate", "Due date"),
                Field.text("borough", "Borough", true, 100));
        List<Field> outcome = List.of(
                Field.text("agendaItemId", "Agenda item", true, 36),
                Field.choice("type", "Type", Arrays.stream(Outcome.Type.values()).map(Enum::name).toList()),
                Field.text("wording", "Wording", true, 4000),
                Field.text("rationale", "Rationale", false, 4000),
                Field.text("supersedes", "Decision it supersedes", false, 36),
                Field.records("actions", "Actions", false, 20, action));
        return new TaskForm(RECORD_MEETING, "Record the meeting",
                List.of("meetingId", "scheduledAt"),
                List.of(
                        Field.texts("attendees", "Who attended", 200, 100),
                        Field.records("outcomes", "Outcomes", true, 100, outcome)),
                check);
    }

    @Singleton
    TaskForm approveMinutes() {
        return new TaskForm(APPROVE_MINUTES, "Approve the minutes",
                List.of("meetingId", "minutesApprovalDueAt"),
                List.of(
                        Field.yesNo("approved", "Are the minutes approved?"),
                        Field.text("note", "Note", false, 2000)));
    }
}
