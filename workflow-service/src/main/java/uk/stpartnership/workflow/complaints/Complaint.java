package uk.stpartnership.workflow.complaints;

import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as stored (docs/COMPLAINTS.md), without its protected details, which are kept apart. */
public record Complaint(UUID id, String borough, String reference, LocalDate receivedOn, Channel channel,
                        String complainantName, String complainantContact, String complainantKey,
                        Relationship complainantRelationship, List<String> workers, String team, String caseReference,
                        String about, Answer complainantIsPersonCausingHarm, boolean reviewRequired, Stage stageReached,
                        Outcome outcome, ReviewConclusion reviewConclusion, String reviewerId, String investigatorId,
                        String managerId, String recordedBy, Instant recordedAt) {

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

    /** The borough's complaints team, and the reviewer, investigator and manager assigned to it. */
    public boolean visibleTo(Actor actor) {
        return isComplaintsTeamOf(actor, borough) || actor.id().equals(reviewerId) || actor.id().equals(investigatorId)
                || actor.id().equals(managerId);
    }

    public static boolean isComplaintsTeamOf(Actor actor, String borough) {
        return actor.organisation().equals(borough) && actor.holdsAny(Role.COMPLAINTS_OFFICER, Role.COMPLAINTS_MANAGER);
    }
}
