package uk.stpartnership.workflow.audits;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Signed-off findings that found no operational group meeting with an open agenda: the meetings feature puts them on
 * the next one it plans. Callers hold a transaction.
 */
@Singleton
public class FindingsAwaitingAgenda {

    private final AuditSignOffRepository signOffs;
    private final Clock clock;

    FindingsAwaitingAgenda(AuditSignOffRepository signOffs, Clock clock) {
        this.signOffs = signOffs;
        this.clock = clock;
    }

    public List<Findings> awaiting() {
        return signOffs.awaitingAgenda();
    }

    /** Records the findings on the meeting's agenda; false when they were on one already (the caller then adds nothing). */
    public boolean putOn(UUID roundId, UUID meetingId) {
        return signOffs.putOnAgenda(roundId, meetingId, Instant.now(clock)) == 1;
    }
}
