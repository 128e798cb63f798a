package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as answered when recorded: its protected details only counted, never echoed. */
@Serdeable
public record ComplaintView(UUID id, String borough, String reference, LocalDate receivedOn, Complaint.Channel channel,
                            String complainantName, String complainantContact, Complaint.Relationship complainantRelationship,
                            List<String> workers, String team, String caseReference, String about,
                            Complaint.Answer complainantIsPersonCausingHarm, boolean reviewRequired, Complaint.Stage stageReached,
                            Complaint.Outcome outcome, Complaint.ReviewConclusion reviewConclusion, long protectedDetails,
                            String complainantEmail, String workerManagerName, String workerManagerEmail, Instant deadlineAt,
                            String deadlinePeriod, LocalDate stage2RequestedOn, LocalDate stage3RequestedOn, Instant closedAt,
                            String reviewerId, String investigatorId, String managerId) {

    public static ComplaintView of(Complaint c, long protectedDetails) {
        return new ComplaintView(c.id(), c.borough(), c.reference(), c.receivedOn(), c.channel(), c.complainantName(),
                c.complainantContact(), c.complainantRelationship(), c.workers(), c.team(), c.caseReference(), c.about(),
                c.complainantIsPersonCausingHarm(), c.reviewRequired(), c.stageReached(), c.outcome(), c.reviewConclusion(),
                protectedDetails, c.complainantEmail(), c.workerManagerName(), c.workerManagerEmail(), c.progress().deadlineAt(),
                c.progress().deadlinePeriod(), c.progress().stage2RequestedOn(), c.progress().stage3RequestedOn(), c.progress().closedAt(),
                c.reviewerId(), c.investigatorId(), c.managerId());
    }
}
