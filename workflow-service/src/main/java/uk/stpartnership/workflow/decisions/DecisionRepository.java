package uk.stpartnership.workflow.decisions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import uk.stpartnership.workflow.governance.Group;
import uk.stpartnership.workflow.governance.SeriesVisibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The decision log. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DecisionRepository extends GenericRepository<Decision, UUID> {

    /** Only the filters given count: each absent one is true at planning, so each list can use its index (group, status, date, full text). */
    String FILTERED = " WHERE " + SeriesVisibility.OF_DECISION
            + " AND (CAST(:group AS text) IS NULL OR d.meeting_group = :group)"
            + " AND (CAST(:from AS date) IS NULL OR d.decided_on >= :from)"
            + " AND (CAST(:to AS date) IS NULL OR d.decided_on <= :to)"
            + " AND (CAST(:borough AS text) IS NULL OR d.organisation = :borough"
            + "      OR EXISTS (SELECT 1 FROM governance_action a WHERE a.decision_id = d.id AND a.borough = :borough))"
            + " AND (CAST(:status AS text) IS NULL OR d.status = :status)"
            + " AND (CAST(:q AS text) IS NULL OR d.search @@ websearch_to_tsquery('english', :q))";

    /** A meeting's title, for the log. */
    @Introspected
    record MeetingTitle(UUID id, String title) {
    }

    Decision save(Decision decision);

    Optional<Decision> findById(UUID id);

    /** Locks the decision: the last of its actions to be done, and only that one, sees them all done. */
    @Query("SELECT * FROM decision WHERE id = :id FOR UPDATE")
    Optional<Decision> findForUpdate(UUID id);

    List<Decision> findByMeetingId(UUID meetingId);

    @Query("UPDATE decision SET status = 'SUPERSEDED', superseded_by = :newerId WHERE id = :olderId")
    void supersede(UUID olderId, UUID newerId);

    /** An OPEN decision whose follow-up actions are all done becomes IMPLEMENTED; answers 1 when it did. */
    @Query("""
            UPDATE decision SET status = 'IMPLEMENTED', implemented_at = :at WHERE id = :id AND status = 'OPEN'
            AND NOT EXISTS (SELECT 1 FROM governance_action a WHERE a.decision_id = decision.id AND a.status <> 'DONE')""")
    int implementIfAllActionsDone(UUID id, Instant at);

    @Query(value = "SELECT d.* FROM decision d" + FILTERED + " ORDER BY d.decided_on DESC, d.id",
            countQuery = "SELECT count(*) FROM decision d" + FILTERED)
    Page<Decision> search(boolean everyone, String actorId, String organisation, @TypeDef(type = DataType.STRING_ARRAY) List<String> roles,
                          @Nullable Group group, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String borough,
                          @Nullable Decision.Status status, @Nullable String q, Pageable pageable);

    @Query("SELECT d.* FROM decision d WHERE d.id = :id AND " + SeriesVisibility.OF_DECISION)
    Optional<Decision> findVisible(UUID id, boolean everyone, String actorId, String organisation,
                                   @TypeDef(type = DataType.STRING_ARRAY) List<String> roles);

    @Query("SELECT id, title FROM meeting WHERE id IN (:ids)")
    List<MeetingTitle> meetingTitles(List<UUID> ids);
}
