package uk.stpartnership.workflow.audits;

import java.util.Optional;
import java.util.UUID;

/** The port to the operational group's agenda, which a round's signed-off findings go on (the meetings feature implements it). */
public interface FindingsAgenda {

    /** Who the agenda item names as having added it. */
    String BY = "case-audit";

    /** The meeting whose agenda the findings are now on; empty when they wait for the next one to be planned. Callers hold a transaction. */
    Optional<UUID> put(Findings findings);
}
