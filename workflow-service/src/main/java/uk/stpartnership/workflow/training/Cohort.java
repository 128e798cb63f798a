package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One delivery of a classroom course; borough null: cross-borough, open to every borough's people. */
@Serdeable
@MappedEntity("training_cohort")
public record Cohort(@Id UUID id, String course, @Nullable String borough, String trainerId, @Nullable String venue,
                     @Nullable String onlineLink, int capacity, LocalDate firstDay, LocalDate lastDay,
                     @Nullable LocalDate deliveredOn, String plannedBy, Instant plannedAt) {

    /** Where it is held, for invitations and pages: the venue, the link, or both. */
    public String place() {
        if (venue != null && onlineLink != null) {
            return venue + " (online: " + onlineLink + ")";
        }
        return venue != null ? venue : onlineLink;
    }
}
