package uk.stpartnership.workflow.meetings;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The project manager records a meeting a series held before the platform kept it (from the old minutes): its day,
 * who attended, each agenda item with its outcome, and the actions agreed. The minutes are kept as the record-minutes
 * job keeps them and count as approved (they were approved at the time); each action's process starts after commit,
 * so an action still open is reminded and escalated like any other. No meeting process runs for it: it is over.
 */
@Singleton
public class RecordPastMeeting {

    private static final Logger LOG = LoggerFactory.getLogger(RecordPastMeeting.class);

    /** A meeting held on {@code date}, before today. */
    public record PastMeeting(UUID seriesId, LocalDate date, List<String> attendees, List<Item> items) {
    }

    /** An agenda item and what the meeting made of it; an ACTION has exactly one action, INFORMATION none. */
    public record Item(String title, AgendaItem.Purpose purpose, Outcome.Type type, String wording, String rationale,
                       List<MinutesInput.ActionInput> actions) {
    }

    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final RecordMinutes recordMinutes;
    private final AgreedActions agreedActions;
    private final BoroughCalendars calendars;
    private final AuditLog auditLog;
    private final Clock clock;

    RecordPastMeeting(MeetingSeriesRepository series, MeetingRepository meetings, AgendaRepository agenda, RecordMinutes recordMinutes,
                      AgreedActions agreedActions, BoroughCalendars calendars, AuditLog auditLog, Clock clock) {
        this.series = series;
        this.meetings = meetings;
        this.agenda = agenda;
        this.recordMinutes = recordMinutes;
        this.agreedActions = agreedActions;
        this.calendars = calendars;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Meeting record(Actor actor, PastMeeting past) {
        Access.requireProjectManager(actor, "Only project managers record the meetings a series held");
        MeetingSeries current = series.find(past.seriesId()).orElseThrow(() -> ProblemException.notFound("Meeting series"));
        check(past, calendars.today());
        if (meetings.existsOn(current.id(), past.date())) {
            throw ProblemException.conflict("The series already has a meeting on " + past.date());
        }
        Instant now = Instant.now(clock);
        MeetingTimes times = MeetingTimes.of(past.date(), current.startTime(), current.durationMinutes(), current.agendaCallWorkingDays(),
                current.papersWorkingDays(), current.minutesApprovalWorkingDays(), calendars.of(current.organisation()), calendars.zone());
        Meeting meeting = meetings.insertIfAbsent(Meeting.planned(UUID.randomUUID(), current, past.date(), times, now));
        List<MinutesInput.OutcomeInput> outcomes = new ArrayList<>();
        for (Item item : past.items()) {
            AgendaItem added = agenda.add(new AgendaItem(UUID.randomUUID(), meeting.id(), 0, item.title(), item.purpose(), List.of(),
                    current.chair(), actor.id(), now, null, null));
            outcomes.add(new MinutesInput.OutcomeInput(added.id(), item.type(), item.wording(), item.rationale(), null, item.actions()));
        }
        RecordMinutes.Recorded recorded = recordMinutes.record(meeting.id(), new MinutesInput(past.attendees(), outcomes), actor.id());
        meetings.recordMinutesApproval(meeting.id(), true, current.chair(), "Approved at the time", now);
        agreedActions.start(recorded.actions());
        auditLog.record(actor, AuditLog.Action.CREATE, new AuditLog.Entry("meeting", meeting.id().toString(), null));
        LOG.info("Past meeting {} of series {} recorded: {} outcomes, {} actions", meeting.id(), current.id(), outcomes.size(),
                recorded.actions().size());
        return meetings.find(meeting.id()).orElseThrow();
    }

    private static void check(PastMeeting past, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!past.date().isBefore(today)) {
            errors.add(new FieldError("date", "must be before today (" + today + "): a meeting to come is planned by its series"));
        }
        if (past.items().isEmpty()) {
            errors.add(new FieldError("items", "must have at least one item"));
        }
        for (int i = 0; i < past.items().size(); i++) {
            Item item = past.items().get(i);
            String path = "items[" + i + "]";
            RecordMeetingCheck.actionsProblem(item.type(), item.actions().size())
                    .ifPresent(problem -> errors.add(new FieldError(path + ".actions", problem)));
            for (int j = 0; j < item.actions().size(); j++) {
                String dueDate = path + ".actions[" + j + "].dueDate";
                RecordMeetingCheck.dueDateProblem(item.actions().get(j).dueDate(), past.date())
                        .ifPresent(problem -> errors.add(new FieldError(dueDate, problem)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
