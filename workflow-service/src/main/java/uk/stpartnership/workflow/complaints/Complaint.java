package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as stored (docs/COMPLAINTS.md), without its protected details, which are kept apart. What the process
 * keeps as the stages go by is its {@link Progress}; the ending the team asked for is written only by
 * {@code ComplaintRepository.requestEnding}.
 */
@MappedEntity("complaint")
public record Complaint(@Id UUID id, String borough, String reference, LocalDate receivedOn, Channel channel,
                        @Nullable String complainantName, @Nullable String complainantContact, @Nullable String complainantEmail,
                        @Nullable String complainantKey, Relationship complainantRelationship,
                        @TypeDef(type = DataType.STRING_ARRAY) List<String> workers, @Nullable String team,
                        @Nullable String workerManagerName, @Nullable String workerManagerEmail, @Nullable String caseReference,
                        String about, Answer complainantIsPersonCausingHarm, boolean reviewRequired, Stage stageReached,
                        @Nullable Outcome outcome, @Nullable ReviewConclusion reviewConclusion, @Nullable String reviewerId,
                        @Nullable String investigatorId, @Nullable String managerId, String recordedBy, Instant recordedAt,
                        @Relation(Relation.Kind.EMBEDDED) Progress progress) {

    /**
     * Where the complaint stands on its stages, kept by the process: the deadline now running and which period it
     * is, when the complainant asked for stage 2 and 3, and when it closed (withdrawn, resolved early).
     */
    @Embeddable
    public record Progress(@Nullable @MappedProperty("deadline_at") Instant deadlineAt,
                           @Nullable @MappedProperty("deadline_period") String deadlinePeriod,
                           @Nullable @MappedProperty("stage2_requested_on") LocalDate stage2RequestedOn,
                           @Nullable @MappedProperty("stage3_requested_on") LocalDate stage3RequestedOn,
                           @Nullable @MappedProperty("closed_at") Instant closedAt) {

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
