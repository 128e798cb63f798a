package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.FindActions;
import uk.stpartnership.workflow.decisions.Decision;
import uk.stpartnership.workflow.decisions.RecordDecisions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A meeting for a person who may see its series; any other is told it does not exist. A fixed number of queries. */
@Singleton
public class ViewMeeting {

    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final AgendaRepository agenda;
    private final OutcomeRepository outcomes;
    private final RecordDecisions decisions;
    private final FindActions actions;
    private final Clock clock;

    public ViewMeeting(MeetingRepository meetings, MeetingSeriesRepository series, AgendaRepository agenda, OutcomeRepository outcomes,
                       RecordDecisions decisions, FindActions actions, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.agenda = agenda;
        this.outcomes = outcomes;
        this.decisions = decisions;
        this.actions = actions;
        this.clock = clock;
    }

    public MeetingView view(Actor actor, UUID id) {
        return view(visible(actor, id));
    }

    /** The meeting, if its series is visible to the person. */
    Meeting visible(Actor actor, UUID id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> ProblemException.notFound("Meeting"));
        series.find(meeting.seriesId()).filter(s -> s.visibleTo(actor)).orElseThrow(() -> ProblemException.notFound("Meeting"));
        return meeting;
    }

    MeetingView view(Meeting m) {
        MeetingTimes t = m.times();
        return new MeetingView(m.id(), m.seriesId(), m.title(), m.group(), m.date(), t.scheduledAt(), t.endsAt(), t.agendaCallAt(),
                t.agendaClosesAt(), t.minutesApprovalDueAt(), m.location(), m.chair(), m.status(), m.agendaOpen(Instant.now(clock)),
                agenda.of(m.id()), m.minutesRecordedAt() == null ? null : minutes(m));
    }

    private MeetingView.Minutes minutes(Meeting m) {
        Map<UUID, Decision> decisionsById = decisions.ofMeeting(m.id()).stream().collect(Collectors.toMap(Decision::id, Function.identity()));
        Map<UUID, List<Action>> actionsByOutcome = actions.ofMeeting(m.id()).stream().collect(Collectors.groupingBy(Action::outcomeId));
        List<MeetingView.MinutesOutcome> lines = outcomes.findByMeetingIdOrderByPosition(m.id()).stream().map(o -> {
            Decision decision = o.decisionId() == null ? null : decisionsById.get(o.decisionId());
            return new MeetingView.MinutesOutcome(o.id(), o.agendaItemId(), o.type(), o.wording(), o.rationale(), o.decisionId(),
                    decision == null ? null : decision.status(), decision == null ? null : decision.supersedes(),
                    actionsByOutcome.getOrDefault(o.id(), List.of()));
        }).toList();
        return new MeetingView.Minutes(meetings.attendeesOf(m.id()), Boolean.TRUE.equals(m.quorumMet()), m.minutesRecordedAt(),
                m.minutesRecordedBy(), m.minutesApprovedAt(), m.minutesApprovedBy(), m.minutesApprovalNote(), lines);
    }
}
