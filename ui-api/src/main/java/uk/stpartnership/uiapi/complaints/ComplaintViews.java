package uk.stpartnership.uiapi.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the complaint pages read from workflow-service (its API document's ComplaintDetail, ComplaintSummary, ...), as far as they show it. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    @Serdeable
    public record Shown(Complaint complaint, List<ProtectedDetail> protectedDetails, List<Earlier> earlierComplaints, @Nullable Review review,
                 List<Enquiry> ombudsmanEnquiries, List<Happened> timeline) {
    }

    @Serdeable
    public record Complaint(String id, String borough, String reference, LocalDate receivedOn, String channel, @Nullable String complainantName,
                     @Nullable String complainantContact, String complainantRelationship, @Nullable List<String> workers, @Nullable String team,
                     @Nullable String caseReference, String about, String complainantIsPersonCausingHarm, boolean reviewRequired,
                     String stageReached, @Nullable String outcome, @Nullable String reviewConclusion, long protectedDetails,
                     @Nullable String complainantEmail, @Nullable Instant deadlineAt, @Nullable String deadlinePeriod,
                     @Nullable Instant closedAt, @Nullable String reviewerId, @Nullable String investigatorId, @Nullable String managerId) {
    }

    @Serdeable
    public record ProtectedDetail(String kind, String detail) {
    }

    @Serdeable
    public record Earlier(String id, String reference, LocalDate receivedOn, @Nullable String team, String stageReached, @Nullable String outcome) {
    }

    @Serdeable
    public record Review(String conclusion, @Nullable String safeguards, String reviewedBy, Instant reviewedAt) {
    }

    @Serdeable
    public record Enquiry(String reference, LocalDate receivedOn, @Nullable String decision, @Nullable LocalDate decidedOn) {
    }

    @Serdeable
    public record Happened(Instant at, String kind, String title, @Nullable String by, List<String> details) {
    }

    @Serdeable
    public record Summary(String id, String reference, LocalDate receivedOn, String complainantRelationship, boolean reviewRequired,
                   String stageReached, @Nullable String outcome, @Nullable Instant deadlineAt, @Nullable Instant closedAt) {
    }

    @Serdeable
    public record MissedDeadline(String complaintId, String reference, String task, Instant deadlineAt, Instant missedAt, String stageReached) {
    }

    @Serdeable
    public record AuditEvent(Instant at, String actorId, String action, String recordType, @Nullable String recordId, List<String> recordIds,
                      List<Change> changes, @Nullable String route, @Nullable Integer refused) {
    }

    @Serdeable
    public record Change(String field, @Nullable String from, @Nullable String to) {
    }

    @Serdeable
    public record Screened(boolean blocked, List<Match> matches, List<String> warnings) {
    }

    @Serdeable
    public record Match(String kind, String detail) {
    }

}
