package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as its complaints team and assigned people see it: with the protected details (to screen responses
 * against) and the same complainant's earlier complaints in the borough over the 12 months before it, with the
 * workers they named.
 */
@Serdeable
public record ComplaintDetail(ComplaintView complaint, List<ProtectedDetail> protectedDetails, List<EarlierComplaint> earlierComplaints,
                              @Nullable Review review, List<OmbudsmanEnquiry> ombudsmanEnquiries, List<Happened> timeline) {

    /**
     * One thing that happened to the complaint, for its timeline (oldest first).
     *
     * @param details the kinds of protected detail a blocked draft named (never the details), the channel, the stage
     *                asked for, the review's conclusion, the ombudsman's decision or the outcome
     */
    @Serdeable
    public record Happened(Instant at, Kind kind, String title, @Nullable String by, List<String> details) {

        public enum Kind { RECEIVED, TASK_DONE, REVIEWED, DRAFT_BLOCKED, DRAFT_CLEAN, STAGE_REQUESTED, DEADLINE_MISSED, OMBUDSMAN_ENQUIRY, CLOSED }
    }

    /** The perpetrator-proofing review as the reviewer completed it: the nine checks, each answered with a note. */
    @Serdeable
    public record Review(List<PerpetratorProofingCheck.Answered> checks, Complaint.ReviewConclusion conclusion, @Nullable String safeguards,
                         String reviewedBy, Instant reviewedAt) {
    }

    @Serdeable
    public record EarlierComplaint(UUID id, String reference, LocalDate receivedOn, List<String> workers, String team,
                                   Complaint.Stage stageReached, Complaint.Outcome outcome) {

        static EarlierComplaint of(Complaint c) {
            return new EarlierComplaint(c.id(), c.reference(), c.receivedOn(), c.workers(), c.team(), c.stageReached(), c.outcome());
        }
    }
}
