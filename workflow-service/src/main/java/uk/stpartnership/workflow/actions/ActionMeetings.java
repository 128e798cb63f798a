package uk.stpartnership.workflow.actions;

import java.util.UUID;

/** The port to the meetings that agree actions (the meetings feature implements it). */
public interface ActionMeetings {

    /** The title of the meeting that agreed an action. */
    String titleOf(UUID meetingId);
}
