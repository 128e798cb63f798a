package uk.stpartnership.workflow.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One series with the meetings planned and not yet held, and the latest it has held (latest first). */
@Serdeable
public record SeriesDetail(MeetingSeries series, List<MeetingSummary> upcomingMeetings, List<MeetingSummary> pastMeetings) {
}
