package uk.stpartnership.workflow.champions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A practitioner put forward as a champion: nominated by the implementation lead, or applying themselves. */
@MappedEntity("champion_nomination")
public record Nomination(@Id UUID id, String borough, String candidate, UUID teamId, String practitionerRole, int yearsInBorough,
                         String lineManager, Route route, Status status, String putForwardBy, Instant putForwardAt) {

    public enum Route { NOMINATION, APPLICATION }

    /** Where it stands: waiting for the candidate, the lead or the manager; ended by a decline; or agreed. */
    public enum Status { AWAITING_CANDIDATE, AWAITING_LEAD, AWAITING_MANAGER, DECLINED, AGREED }
}
