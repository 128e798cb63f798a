package uk.stpartnership.workflow.meetings;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The project manager sets up a series. It is stored with its process start in the outbox: the meeting-series
 * process starts once the series is committed, and plans the first meeting at once.
 */
@Singleton
public class CreateMeetingSeries {

    private static final Logger LOG = LoggerFactory.getLogger(CreateMeetingSeries.class);

    private final MeetingSeriesRepository series;
    private final SeriesRequestCheck check;
    private final GovernanceProcesses processes;
    private final BoroughCalendars calendars;
    private final AuditLog auditLog;
    private final Clock clock;

    public CreateMeetingSeries(MeetingSeriesRepository series, SeriesRequestCheck check, GovernanceProcesses processes,
                               BoroughCalendars calendars, AuditLog auditLog, Clock clock) {
        this.series = series;
        this.check = check;
        this.processes = processes;
        this.calendars = calendars;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public MeetingSeries create(Actor actor, MeetingSeriesRequest request) {
        Access.requireProjectManager(actor, "Only project managers set up meeting series");
        LocalDate today = calendars.today();
        check.checkNew(request, today);
        LocalDate first = request.firstMeetingOn() != null ? request.firstMeetingOn()
                : MeetingTimes.firstMeetingDay(request.cadence(), today, request.agendaCallWorkingDays(), calendars.of(request.organisation()));
        if (request.firstMeetingOn() != null) {
            requireLeadTimes(request);
        }
        MeetingSeries created = MeetingSeries.of(UUID.randomUUID(), request, first, MeetingSeries.Status.OPEN, actor.id(), Instant.now(clock));
        series.insert(created);
        processes.startSeries(created.id());
        auditLog.record(actor, AuditLog.Action.CREATE, new AuditLog.Entry("meeting-series", created.id().toString(), null));
        LOG.info("Meeting series {} ({}) created, first meeting {}", created.id(), created.title(), first);
        return created;
    }

    /**
     * A first meeting chosen by the project manager must leave its lead times: a call for agenda items already past
     * would never be sent (the agenda closes after the call, so this covers the closing too).
     */
    private void requireLeadTimes(MeetingSeriesRequest request) {
        MeetingTimes times = MeetingTimes.of(request.firstMeetingOn(), LocalTime.parse(request.startTime()), request.durationMinutes(),
                request.agendaCallWorkingDays(), request.papersWorkingDays(), request.minutesApprovalWorkingDays(),
                calendars.of(request.organisation()), calendars.zone());
        if (!times.agendaCallAt().isAfter(Instant.now(clock))) {
            throw ProblemException.badField("firstMeetingOn", "is too soon: its call for agenda items, " + request.agendaCallWorkingDays()
                    + " working days before, would have been at " + times.agendaCallAt() + "; choose a later day on the cadence");
        }
    }
}
