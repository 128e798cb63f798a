package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.actions.ActionMeetings;

import java.util.UUID;

/** The meeting an action was agreed at, as the action's texts name it. */
@Singleton
class MeetingTitles implements ActionMeetings {

    private final MeetingRepository meetings;

    MeetingTitles(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public String titleOf(UUID meetingId) {
        return meetings.find(meetingId).orElseThrow().title();
    }
}
