package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A follow-up not started by its day goes to the steering group: recorded as missed, and put on the agenda of its next
 * meeting whose agenda is open, once per meeting however often the job comes. Answers when to look again: the day
 * after that meeting, or audits.follow-up.recheck from now when none is planned.
 */
@Singleton
public class RaiseMissedFollowUp {

    private static final Logger LOG = LoggerFactory.getLogger(RaiseMissedFollowUp.class);

    private final AuditFollowUpRepository followUps;
    private final AuditRoundRepository rounds;
    private final FollowUpSteering steering;
    private final AuditFollowUpProcess process;
    private final Clock clock;
    private final Duration recheck;

    RaiseMissedFollowUp(AuditFollowUpRepository followUps, AuditRoundRepository rounds, FollowUpSteering steering,
                        AuditFollowUpProcess process, Clock clock, @Value("${audits.follow-up.recheck}") Duration recheck) {
        this.followUps = followUps;
        this.rounds = rounds;
        this.steering = steering;
        this.process = process;
        this.clock = clock;
        this.recheck = recheck;
    }

    @Transactional
    public Instant raise(UUID roundId) {
        AuditFollowUp followUp = followUps.findForUpdate(roundId)
                .orElseThrow(() -> new UnrecoverableJobFailure("Round " + roundId + " promises no follow-up"));
        Instant now = Instant.now(clock);
        if (!followUp.status().open()) {
            // Started or cancelled meanwhile: its message, already on its way, ends the wait.
            LOG.info("The follow-up of round {} is {}: not raised", roundId, followUp.status());
            return now.plus(recheck);
        }
        AuditRound baseline = rounds.findById(roundId).orElseThrow();
        Optional<FollowUpSteering.SteeringMeeting> meeting = steering.nextOpenMeeting();
        meeting.filter(m -> followUps.addToAgendaOf(roundId, m.id()) == 1)
                .ifPresent(m -> steering.addItem(m.id(), "Missed audit follow-up: " + baseline.reference() + " ("
                        + String.join(", ", baseline.boroughs()) + "), due to start by " + followUp.dueOn().format(AuditFollowUp.DAY)
                        + ": plan it, or record a decision to cancel it"));
        followUps.markMissed(roundId, followUp.dueOn(), meeting.map(FollowUpSteering.SteeringMeeting::description).orElse(null));
        LOG.info("The follow-up of round {} is missed: {}", baseline.reference(),
                meeting.map(m -> "on the agenda of the " + m.description()).orElse("no steering meeting planned"));
        return meeting.map(m -> m.date().plusDays(1).atTime(process.dueTime()).atZone(AuditFollowUpProcess.LONDON).toInstant())
                .orElse(now.plus(recheck));
    }
}
