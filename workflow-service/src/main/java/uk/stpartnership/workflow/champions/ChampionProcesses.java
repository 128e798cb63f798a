package uk.stpartnership.workflow.champions;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The nomination and champion processes, reached through the outbox: after the record's commit. */
@Singleton
class ChampionProcesses {

    static final String NOMINATION_PROCESS = "champion-nomination";
    static final String CHAMPION_PROCESS = "champion";
    /** Long enough for a champion process that is still signing its agreement; a message no process takes is dropped. */
    private static final Duration END_TIME_TO_LIVE = Duration.ofDays(1);

    private final EngineOutbox outbox;

    ChampionProcesses(EngineOutbox outbox) {
        this.outbox = outbox;
    }

    void startNomination(UUID nominationId, Map<String, Object> variables) {
        outbox.startProcess(NOMINATION_PROCESS, "champion-nominated", nominationId, variables);
    }

    void startChampion(UUID championId, Map<String, Object> variables) {
        outbox.startProcess(CHAMPION_PROCESS, "champion-agreed", championId, variables);
    }

    /** The lead recorded that the champion stopped being active or left. */
    void stopped(UUID championId) {
        outbox.publishMessage("champion-stopped", championId.toString(), "champion-stopped/" + championId, END_TIME_TO_LIVE, Map.of());
    }

    /** The lead recorded a leaving date still to come: the process ends the agreement on it. */
    void leavingOn(UUID championId, Instant leavingAt) {
        outbox.publishMessage("champion-leaving-date", championId.toString(), "champion-leaving-date/" + championId, END_TIME_TO_LIVE,
                Map.of("leavingAt", leavingAt.toString()));
    }
}
