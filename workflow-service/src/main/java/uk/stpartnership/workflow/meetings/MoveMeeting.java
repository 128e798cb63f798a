package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The project manager or the chair moves a planned meeting to another day and time (and place), with a reason. The
 * new times are worked out with the series' lead times in working days; the agenda opens again until the new
 * closing time. The meeting's process (message meeting-moved, sent after commit, with the new times only) closes its open
 * tasks, tells the members and starts its cycle again with the new times.
 */
@Singleton
public class MoveMeeting {

    private static final Logger LOG = LoggerFactory.getLogger(MoveMeeting.class);

    private final ViewMeeting viewMeeting;
    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final GovernanceProcesses processes;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;
    private final AuditLog auditLog;
    private final Clock clock;

    public MoveMeeting(ViewMeeting viewMeeting, MeetingRepository meetings, MeetingSeriesRepository series, GovernanceProcesses processes,
                       RequestValidator validator, BoroughCalendars calendars, AuditLog auditLog, Clock clock) {
        this.viewMeeting = viewMeeting;
        this.meetings = meetings;
        this.series = series;
        this.processes = processes;
        this.validator = validator;
        this.calendars = calendars;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public MeetingView move(Actor actor, UUID id, MoveMeetingRequest request) {
        Meeting visible = viewMeeting.visible(actor, id);
        if (!actor.holds(Role.PROJECT_MANAGER) && !visible.chair().equals(actor.id())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only project managers and the chair move meetings");
        }
        validator.check(request);
        Instant now = Instant.now(clock);
        if (request.date().isBefore(calendars.today())) {
            throw ProblemException.badField("date", "must not be in the past");
        }
        LocalTime startTime = LocalTime.parse(request.startTime());
        if (!calendars.at(request.date(), startTime).toInstant().isAfter(now)) {
            throw ProblemException.badField("startTime", "must be later than now");
        }
        Meeting meeting = meetings.findForUpdate(id).orElseThrow();
        if (meeting.status() != Meeting.Status.PLANNED) {
            throw ProblemException.conflict("This meeting is " + meeting.status().name().toLowerCase() + " and can no longer be moved");
        }
        if (!request.date().equals(meeting.date()) && meetings.existsOn(meeting.seriesId(), request.date())) {
            throw ProblemException.conflict("The series already has a meeting on " + request.date());
        }
        MeetingSeries current = series.find(meeting.seriesId()).orElseThrow();
        int durationMinutes = (int) Duration.between(meeting.times().scheduledAt(), meeting.times().endsAt()).toMinutes();
        MeetingTimes times = MeetingTimes.of(request.date(), startTime, durationMinutes, current.agendaCallWorkingDays(),
                current.papersWorkingDays(), current.minutesApprovalWorkingDays(), calendars.of(meeting.organisation()), calendars.zone());
        String location = request.location() == null || request.location().isBlank() ? meeting.location() : request.location().strip();
        String reason = request.reason().strip();
        meetings.move(id, request.date(), times, location, reason);

        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("scheduledAt", times.scheduledAt().toString());
        variables.put("endsAt", times.endsAt().toString());
        variables.put("agendaCallAt", times.agendaCallAt().toString());
        variables.put("agendaClosesAt", times.agendaClosesAt().toString());
        variables.put("minutesApprovalDueAt", times.minutesApprovalDueAt().toString());
        // The place and the reason stay here: the members' email reads them (MeetingLetters).
        processes.meetingMoved(id, variables);
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("meeting", id.toString(), null));
        LOG.info("Meeting {} ({}) moved by {} from {} to {}", id, meeting.title(), actor.id(), meeting.times().scheduledAt(), times.scheduledAt());
        return viewMeeting.view(meetings.find(id).orElseThrow());
    }
}
