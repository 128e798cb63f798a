package uk.stpartnership.workflow.meetings;

import java.util.Map;
import java.util.UUID;

/** The port to the governance processes (meeting-series, meeting, governance-action); each reaches them after commit. */
public interface GovernanceProcesses {

    /** Starts the meeting-series process for the series. */
    void startSeries(UUID seriesId);

    /** No more meetings: message series-closed for the series' process. */
    void seriesClosed(UUID seriesId);

    /** Message meeting-cancelled for the meeting's process. */
    void meetingCancelled(UUID meetingId);

    /** Message meeting-moved for the meeting's process, with its new times. */
    void meetingMoved(UUID meetingId, Map<String, Object> variables);

    /** Message action-due-date-changed for the action's process, with the new dueDate, dueAt and reminderAt. */
    void actionDueDateChanged(UUID actionId, Map<String, Object> variables);

    /** Starts the action's governance-action process; publishing it again for the same action starts nothing more. */
    void actionAgreed(UUID actionId, Map<String, Object> variables);
}
