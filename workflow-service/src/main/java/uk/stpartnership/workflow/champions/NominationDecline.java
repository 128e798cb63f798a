package uk.stpartnership.workflow.champions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** Why a nomination ended, who declined it, in which part, and when. */
@MappedEntity("champion_nomination_decline")
public record NominationDecline(@Id UUID nominationId, DeclinedAs declinedAs, String declinedBy, String reason, Instant declinedAt) {

    public enum DeclinedAs { CANDIDATE, LEAD, MANAGER, BOROUGH_LEAD }
}
