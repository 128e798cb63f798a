package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A signed-off round's findings as the operational group's agenda names them: the round's reference (not a case) and how many cases. */
@Introspected
public record Findings(UUID roundId, String reference, String borough, long cases) {

    public String agendaTitle() {
        return "Case audit findings: " + reference + " (" + cases + (cases == 1 ? " case)" : " cases)");
    }
}
