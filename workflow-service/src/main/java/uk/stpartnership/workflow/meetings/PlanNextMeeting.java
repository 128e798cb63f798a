package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans the meeting after the previous one (or the first), from the series as it is now. Planning again after
 * the same previous meeting finds the meeting already planned for that day.
 */
@Singleton
public class PlanNextMeeting {

    private static final Logger LOG = LoggerFactory.getLogger(PlanNextMeeting.class);

    /** The meeting planned, and the series it was planned from. */
    public record Planned(Meeting meeting, MeetingSeries series) {
    }

    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final SteeringAgenda steeringAgenda;
    private final OperationalAgenda operationalAgenda;
    private final BoroughCalendars calendars;
    private final Clock clock;

    public PlanNextMeeting(MeetingSeriesRepository series, MeetingRepository meetings, SteeringAgenda steeringAgenda,
                           OperationalAgenda operationalAgenda, BoroughCalendars calendars, Clock clock) {
        this.series = series;
        this.meetings = meetings;
        this.steeringAgenda = steeringAgenda;
        this.operationalAgenda = operationalAgenda;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Empty when the series is closed: no more meetings. */
    @Transactional
    public Optional<Planned> plan(UUID seriesId, UUID previousMeetingId) {
        // The process starts only after the series is committed (outbox): a series not there is a defect.
        MeetingSeries current = series.find(seriesId)
                .orElseThrow(() -> new UnrecoverableJobFailure("No meeting series " + seriesId));
        if (current.status() == MeetingSeries.Status.CLOSED) {
            LOG.info("Series {} is closed: no more meetings", seriesId);
            return Optional.empty();
        }
        LocalDate previous = previousMeetingId == null ? null : meetings.find(previousMeetingId)
                .orElseThrow(() -> new UnrecoverableJobFailure("No meeting " + previousMeetingId)).date();
        LocalDate day = current.meetingDayAfter(previous);
        MeetingTimes times = MeetingTimes.of(day, current.startTime(), current.durationMinutes(), current.agendaCallWorkingDays(),
                current.papersWorkingDays(), current.minutesApprovalWorkingDays(), calendars.of(current.organisation()), calendars.zone());
        Meeting meeting = meetings.insertIfAbsent(Meeting.planned(UUID.randomUUID(), current, day, times, Instant.now(clock)));
        if (current.group() == Group.STEERING) {
            steeringAgenda.attachWaitingActions(meeting);
        } else if (current.group() == Group.OPERATIONAL) {
            operationalAgenda.attachWaitingFindings(meeting);
        }
        LOG.info("Meeting {} planned: {} at {}", meeting.id(), meeting.title(), meeting.times().scheduledAt());
        return Optional.of(new Planned(meeting, current));
    }
}
