package uk.stpartnership.workflow.audits;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Once every case is scored: one disagreement per moderated case and criterion where its auditor and its moderator
 * differ. The round moves on to resolving them, or straight to signing off. Run again, it finds the same ones.
 */
@Singleton
public class CompareScores {

    private static final Logger LOG = LoggerFactory.getLogger(CompareScores.class);

    private final AuditRoundRepository rounds;
    private final AuditDisagreementRepository disagreements;
    private final Clock clock;

    CompareScores(AuditRoundRepository rounds, AuditDisagreementRepository disagreements, Clock clock) {
        this.rounds = rounds;
        this.disagreements = disagreements;
        this.clock = clock;
    }

    /** @return the process's disagreements: [{disagreementId}] */
    @Transactional
    public List<Map<String, Object>> compare(UUID roundId) {
        AuditRound round = rounds.findForUpdate(roundId)
                .orElseThrow(() -> new UnrecoverableJobFailure("No audit round " + roundId));
        disagreements.recordDisagreements(roundId, Instant.now(clock));
        List<AuditDisagreement> found = disagreements.ofRound(roundId);
        rounds.moveStatus(roundId, AuditRound.Status.SAMPLED,
                found.stream().anyMatch(d -> d.resolvedAt() == null) ? AuditRound.Status.RESOLVING : AuditRound.Status.SIGNING_OFF);
        LOG.info("Audit round {}: {} disagreements between auditors and moderators", round.reference(), found.size());
        return found.stream().<Map<String, Object>>map(d -> Map.of("disagreementId", d.id().toString())).toList();
    }
}
