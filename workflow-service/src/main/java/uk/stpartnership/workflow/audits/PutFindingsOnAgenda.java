package uk.stpartnership.workflow.audits;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed-off round's findings go on the next operational group meeting's agenda (FindingsAgenda), or wait for the
 * next one planned. Under the sign-off's lock, once: handed over again, it adds nothing.
 */
@Singleton
public class PutFindingsOnAgenda {

    private static final Logger LOG = LoggerFactory.getLogger(PutFindingsOnAgenda.class);

    private final AuditSignOffRepository signOffs;
    private final FindingsAgenda agenda;
    private final Clock clock;

    PutFindingsOnAgenda(AuditSignOffRepository signOffs, FindingsAgenda agenda, Clock clock) {
        this.signOffs = signOffs;
        this.agenda = agenda;
        this.clock = clock;
    }

    @Transactional
    public void put(UUID roundId) {
        // The sign-off is saved with the task's completion, before the process moves on: none is a defect.
        AuditSignOff signOff = signOffs.findForUpdate(roundId)
                .orElseThrow(() -> new UnrecoverableJobFailure("Audit round " + roundId + " has no sign-off"));
        if (signOff.meetingId() != null) {
            LOG.info("Findings of audit round {} are on an agenda already", roundId);
            return;
        }
        Findings findings = signOffs.findingsOf(roundId).orElseThrow();
        agenda.put(findings).ifPresentOrElse(meetingId -> {
            signOffs.putOnAgenda(roundId, meetingId, Instant.now(clock));
            LOG.info("Findings of audit round {} on the agenda of meeting {}", findings.reference(), meetingId);
        }, () -> LOG.info("Findings of audit round {} wait for the next operational group meeting", findings.reference()));
    }
}
