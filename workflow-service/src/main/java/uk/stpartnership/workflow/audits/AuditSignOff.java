package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A round's findings signed off by a borough lead; the operational group meeting they went on, none while they wait for one. */
@MappedEntity("audit_sign_off")
public record AuditSignOff(@Id UUID roundId, String signedOffBy, Instant signedOffAt, @Nullable String note, @Nullable UUID meetingId,
                           @Nullable Instant onAgendaAt) {
}
