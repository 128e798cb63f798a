package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as answered when recorded: its protected details only counted, never echoed. */
@Serdeable
public record ComplaintView(UUID id, String borough, String reference, LocalDate receivedOn, Complaint.Channel channel,
                            String complainantName, String complainantContact, Complaint.Relationship complainantRelationship,
                            List<String> workers, String team, String caseReference, String about,
                            Complaint.Answer complainantIsPersonCausingHarm, boolean reviewRequired, Complaint.Stage stageReached,
                            Complaint.Outcome outcome, Complaint.ReviewConclusion reviewConclusion, long protectedDetails) {

    public static ComplaintView of(Complaint c, long protectedDetails) {
        return new ComplaintView(c.id(), c.borough(), c.reference(), c.receivedOn(), c.channel(), c.complainantName(),
                c.complainantContact(), c.complainantRelationship(), c.workers(), c.team(), c.caseReference(), c.about(),
                c.complainantIsPersonCausingHarm(), c.reviewRequired(), c.stageReached(), c.outcome(), c.reviewConclusion(),
                protectedDetails);
    }
}
