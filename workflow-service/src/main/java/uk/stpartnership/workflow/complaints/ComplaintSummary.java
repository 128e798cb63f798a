package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint in its borough's list: no protected details, no complainant contact. */
@Serdeable
public record ComplaintSummary(UUID id, String reference, LocalDate receivedOn, Complaint.Channel channel, String complainantName,
                               Complaint.Relationship complainantRelationship, List<String> workers, String team, String caseReference,
                               Complaint.Answer complainantIsPersonCausingHarm, boolean reviewRequired, Complaint.Stage stageReached,
                               Complaint.Outcome outcome, Complaint.ReviewConclusion reviewConclusion, Instant deadlineAt,
                               Instant closedAt) {

    static ComplaintSummary of(Complaint c) {
        return new ComplaintSummary(c.id(), c.reference(), c.receivedOn(), c.channel(), c.complainantName(), c.complainantRelationship(),
                c.workers(), c.team(), c.caseReference(), c.complainantIsPersonCausingHarm(), c.reviewRequired(), c.stageReached(),
                c.outcome(), c.reviewConclusion(), c.progress().deadlineAt(), c.progress().closedAt());
    }
}
