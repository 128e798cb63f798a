package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A nomination as the lists show it, with its team's name and, once declined, who declined it, why and when. */
@Serdeable
@Introspected
public record NominationSummary(UUID id, String borough, String candidate, UUID teamId, String teamName, String practitionerRole,
                                int yearsInBorough, String lineManager, Nomination.Route route, Nomination.Status status,
                                String putForwardBy, Instant putForwardAt, @Nullable NominationDecline.DeclinedAs declinedAs,
                                @Nullable String declinedBy, @Nullable String declineReason, @Nullable Instant declinedAt) {
}
