package uk.stpartnership.workflow.meetings;

import java.util.Map;
import java.util.UUID;

/** The port to the governance processes (meeting-series, meeting); each reaches them after commit. */
public interface GovernanceProcesses {

    /** Starts the meeting-series process for the series. */
    void startSeries(UUID seriesId);

    /** No more meetings: message series-closed for the series' process. */
    void seriesClosed(UUID seriesId);

    /** Message meeting-cancelled for the meeting's process. */
    void meetingCancelled(UUID meetingId);

    /** Message meeting-moved for the meeting's process, with its new times. */
    void meetingMoved(UUID meetingId, Map<String, Object> variables);
}
