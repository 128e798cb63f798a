package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rounds, their members and their cases; the cases of a cohort go in one statement whatever their number. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRoundRepository extends CrudRepository<AuditRound, UUID> {

    @Query("SELECT * FROM audit_round WHERE id = :id FOR UPDATE")
    Optional<AuditRound> findForUpdate(UUID id);

    /**
     * The rounds a person sees, newest first: those taking one borough's cases (index audit_round_boroughs), every
     * round when the borough is null and everyBorough, and those they audit or moderate (audit_round_member_person).
     */
    @Query(value = """
            SELECT * FROM audit_round r
            WHERE (CAST(:borough AS text) IS NULL AND :everyBorough) OR r.boroughs @> ARRAY[CAST(:borough AS text)]
               OR r.id IN (SELECT m.round_id FROM audit_round_member m WHERE m.person_id = :personId)
            ORDER BY r.planned_at DESC, r.id""",
            countQuery = """
            SELECT count(*) FROM audit_round r
            WHERE (CAST(:borough AS text) IS NULL AND :everyBorough) OR r.boroughs @> ARRAY[CAST(:borough AS text)]
               OR r.id IN (SELECT m.round_id FROM audit_round_member m WHERE m.person_id = :personId)""")
    Page<AuditRound> visibleTo(@Nullable String borough, boolean everyBorough, String personId, Pageable pageable);

    /** Serialises the numbering of a borough's rounds. */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('audit-round/' || :borough))) locked")
    long lockReferences(String borough);

    @Query("SELECT count(*) FROM audit_round WHERE borough = :borough AND extract(year FROM planned_at AT TIME ZONE 'Europe/London') = :year")
    long countPlanned(String borough, int year);

    @Query("""
            INSERT INTO audit_round_member (round_id, part, person_id, position)
            SELECT :roundId, :part, person, position FROM unnest(CAST(:people AS text[])) WITH ORDINALITY AS m(person, position)""")
    void addMembers(UUID roundId, String part, @TypeDef(type = DataType.STRING_ARRAY) List<String> people);

    @Query("SELECT * FROM audit_round_member WHERE round_id = :roundId ORDER BY part, position")
    List<AuditRoundMember> membersOf(UUID roundId);

    @Query("""
            INSERT INTO audit_case (round_id, case_reference, team, worker_training, closed_on, sampled, auditor, moderator)
            SELECT :roundId, c.reference, c.team, c.training, c.closed_on, c.auditor IS NOT NULL, c.auditor, c.moderator
            FROM unnest(CAST(:references AS text[]), CAST(:teams AS text[]), CAST(:trainings AS text[]),
                        CAST(:closedOn AS date[]), CAST(:auditors AS text[]), CAST(:moderators AS text[]))
                 AS c(reference, team, training, closed_on, auditor, moderator)""")
    void addCases(UUID roundId, @TypeDef(type = DataType.STRING_ARRAY) List<String> references,
                  @TypeDef(type = DataType.STRING_ARRAY) List<String> teams, @TypeDef(type = DataType.STRING_ARRAY) List<String> trainings,
                  @TypeDef(type = DataType.STRING_ARRAY) List<String> closedOn, @TypeDef(type = DataType.STRING_ARRAY) List<String> auditors,
                  @TypeDef(type = DataType.STRING_ARRAY) List<String> moderators);

    /** The round's sample (everyone who sees the whole round), in case-reference order. */
    @Query("SELECT * FROM audit_case WHERE round_id = :roundId AND sampled ORDER BY case_reference")
    List<AuditCase> sampleOf(UUID roundId);

    /** The samples of a page of rounds in one query. */
    @Query("SELECT * FROM audit_case WHERE round_id IN (:roundIds) AND sampled ORDER BY round_id, case_reference")
    List<AuditCase> sampleOfRounds(Collection<UUID> roundIds);

    /** Every round planned in a time span (index audit_round_planned), by borough then oldest first. */
    @Query(value = "SELECT * FROM audit_round WHERE planned_at >= :from AND planned_at < :to ORDER BY borough, planned_at, id",
            countQuery = "SELECT count(*) FROM audit_round WHERE planned_at >= :from AND planned_at < :to")
    Page<AuditRound> plannedBetween(Instant from, Instant to, Pageable pageable);

    /** The sampled cases a person audits or moderates (index audit_case_auditor, audit_case_moderator). */
    @Query("""
            SELECT * FROM audit_case WHERE round_id = :roundId AND (auditor = :personId OR moderator = :personId)
            ORDER BY case_reference""")
    List<AuditCase> casesOf(UUID roundId, String personId);

    @Query("SELECT count(*) FROM audit_case WHERE round_id = :roundId")
    long cohortSize(UUID roundId);

    /** The members of a page of rounds, in one query. */
    @Query("SELECT * FROM audit_round_member WHERE round_id IN (:roundIds) ORDER BY round_id, part, position")
    List<AuditRoundMember> membersOf(Collection<UUID> roundIds);

    /** The cohort sizes of a page of rounds, in one query (by the audit_case key); a round without its cohort yet is absent. */
    @Query("SELECT round_id, count(*) AS cases FROM audit_case WHERE round_id IN (:roundIds) GROUP BY round_id")
    List<CohortSize> cohortSizes(Collection<UUID> roundIds);

    @Introspected
    record CohortSize(UUID roundId, long cases) {
    }

    /** One sampled case by the id the process holds of it. */
    @Query("SELECT * FROM audit_case WHERE id = :id")
    Optional<AuditCase> caseById(UUID id);

    @Query("SELECT count(*) FROM audit_case WHERE round_id = :roundId AND sampled")
    long sampledCount(UUID roundId);

    /** Moves the round on from one status to the next; a second time (a job handed over again), nothing. */
    @Query("UPDATE audit_round SET status = :to WHERE id = :id AND status = :from")
    long moveStatus(UUID id, AuditRound.Status from, AuditRound.Status to);
}
