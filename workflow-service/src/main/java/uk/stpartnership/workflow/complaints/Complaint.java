package uk.stpartnership.workflow.complaints;

import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as stored (docs/COMPLAINTS.md), without its protected details, which are kept apart. */
public record Complaint(UUID id, String borough, String reference, LocalDate receivedOn, Channel channel,
                        String complainantName, String complainantContact, String complainantEmail, String complainantKey,
                        Relationship complainantRelationship, List<String> workers, String team, String workerManagerName,
                        String workerManagerEmail, String caseReference, String about, Answer complainantIsPersonCausingHarm,
                        boolean reviewRequired, Stage stageReached, Outcome outcome, ReviewConclusion reviewConclusion,
                        String reviewerId, String investigatorId, String managerId, String recordedBy, Instant recordedAt,
                        Progress progress) {

    /**
     * Where the complaint stands on its stages, kept by the process: the deadline now running and which period it
     * is, when the complainant asked for stage 2 and 3, and when it closed (withdrawn, resolved early).
     */
    public record Progress(Instant deadlineAt, String deadlinePeriod, LocalDate stage2RequestedOn, LocalDate stage3RequestedOn,
                           Instant closedAt) {

        public static final Progress NONE = new Progress(null, null, null, null, null);
    }

    public enum Channel { EMAIL, LETTER, PHONE, IN_PERSON, ONLINE, OTHER }

    /** The complainant's relationship to the child. */
    public enum Relationship { PERSON_CAUSING_HARM, OTHER_PARENT, CHILD, OTHER }

    public enum Answer { YES, NO, NOT_KNOWN }

    public enum Stage { RECEIVED, STAGE1, STAGE2, STAGE3, OMBUDSMAN }

    public enum Outcome { UPHELD, PARTLY_UPHELD, NOT_UPHELD, WITHDRAWN, RESOLVED_EARLY }

    /** The perpetrator-proofing review's conclusion: a pattern of systems abuse? */
    public enum ReviewConclusion { YES, NO, UNCLEAR }

    public Complaint {
        workers = List.copyOf(workers);
    }

    public boolean isOpen() {
        return progress.closedAt() == null;
    }

    /** The borough's complaints team, and the reviewer, investigator and manager assigned to it (people of the borough only). */
    public boolean visibleTo(Actor actor) {
        return isComplaintsTeamOf(actor, borough) || actor.organisation().equals(borough)
                && (actor.id().equals(reviewerId) || actor.id().equals(investigatorId) || actor.id().equals(managerId));
    }

    public static boolean isComplaintsTeamOf(Actor actor, String borough) {
        return actor.organisation().equals(borough) && actor.holdsAny(Role.COMPLAINTS_OFFICER, Role.COMPLAINTS_MANAGER);
    }

    public static boolean isComplaintsManagerOf(Actor actor, String borough) {
        return actor.organisation().equals(borough) && actor.holds(Role.COMPLAINTS_MANAGER);
    }
}
