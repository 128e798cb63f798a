package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The series a person may see (member, chair, or a partnership-wide role); any other is not found. */
@Singleton
public class ViewMeetingSeries {

    private static final int PAST_MEETINGS = 10;

    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final Clock clock;

    public ViewMeetingSeries(MeetingSeriesRepository series, MeetingRepository meetings, Clock clock) {
        this.series = series;
        this.meetings = meetings;
        this.clock = clock;
    }

    public Page<MeetingSeries> list(Actor actor, PageRequest page) {
        return Page.of(series.visibleTo(actor, page.pageable()));
    }

    public SeriesDetail view(Actor actor, UUID id) {
        MeetingSeries found = series.find(id).filter(s -> s.visibleTo(actor)).orElseThrow(() -> ProblemException.notFound("Meeting series"));
        Instant now = Instant.now(clock);
        return new SeriesDetail(found, meetings.upcomingOf(id).stream().map(m -> MeetingSummary.of(m, now)).toList(),
                meetings.heldOf(id, PAST_MEETINGS).stream().map(m -> MeetingSummary.of(m, now)).toList());
    }
}
