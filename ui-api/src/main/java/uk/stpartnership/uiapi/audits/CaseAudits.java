package uk.stpartnership.uiapi.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.uiapi.signin.SignedInPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the case-audit pages read from workflow-service (its API's shapes, the fields the pages show). */
public final class CaseAudits {

    /** Who sees the year's summary across the boroughs, as AuditAccess decides in workflow-service. */
    private static final List<String> SUMMARY_ROLES = List.of("PROJECT_MANAGER", "IMPLEMENTATION_LEAD", "BOROUGH_LEAD",
            "STEERING_GROUP_MEMBER", "EVALUATOR");

    private CaseAudits() {
    }

    /** Whether the pages offer the person the summary (/audits/summary): what they offer, never what they allow. */
    public static boolean seesSummary(@Nullable SignedInPerson person) {
        return person != null && person.roles().stream().anyMatch(SUMMARY_ROLES::contains);
    }

    /** {@code cases}: the sampled cases the person may see (all of them, or their own as auditor or moderator). */
    @Serdeable
    public record Round(String id, String reference, String borough, List<String> boroughs, String purpose, @Nullable String follows,
                        String cohortDescription, int sampleSize, boolean byTeam, String toolId, LocalDate dueOn,
                        @Nullable LocalDate followUpDueOn, String status, String plannedBy, Instant plannedAt, @Nullable Instant sampledAt,
                        List<String> auditors, List<String> moderators, long cohortSize, List<SampledCase> cases,
                        @Nullable FollowUp followUp) {
    }

    /** A baseline's follow-up commitment: PROMISED, STARTED, MISSED (raised with the steering group) or CANCELLED. */
    @Serdeable
    public record FollowUp(String status, LocalDate dueOn, @Nullable String startedAs, @Nullable LocalDate missedSince,
                           @Nullable String onAgendaOf, @Nullable Instant cancelledAt) {
    }

    /** {@code moderator} null: not in the moderated share. */
    @Serdeable
    public record SampledCase(String caseReference, @Nullable String team, @Nullable String workerTraining, @Nullable LocalDate closedOn,
                              String auditor, @Nullable String moderator) {
    }

    @Serdeable
    public record Tool(String id, String name, int version, @Nullable String basedOn, String madeBy, Instant madeAt, List<Criterion> criteria) {
    }

    /** {@code correspondsTo}: the criterion of the version this one was made from that it continues. */
    @Serdeable
    public record Criterion(String id, int position, String wording, @Nullable String correspondsTo) {
    }
}
