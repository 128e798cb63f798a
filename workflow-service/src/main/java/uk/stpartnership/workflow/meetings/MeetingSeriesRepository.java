package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.governance.Group;
import uk.stpartnership.workflow.governance.SeriesVisibility;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Series and their members. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeetingSeriesRepository extends GenericRepository<MeetingSeries, UUID> {

    /** A series with its members in order, in one statement (primary key of meeting_series_member). */
    String SELECT = """
            SELECT s.*, (SELECT coalesce(json_agg(json_build_object('person', m.person_id, 'role', m.role, 'organisation', m.organisation)
                                         ORDER BY m.position), '[]')
                         FROM meeting_series_member m WHERE m.series_id = s.id) AS members
            FROM meeting_series s""";

    MeetingSeries save(MeetingSeries series);

    default void insert(MeetingSeries series) {
        save(series);
        insertMembers(series.id(), series.members());
    }

    /** The settings the next meeting is planned with; the first meeting and the status stay. */
    default void update(MeetingSeries s) {
        updateSettings(s);
        deleteMembers(s.id());
        insertMembers(s.id(), s.members());
    }

    default void updateSettings(MeetingSeries s) {
        updateSettings(s.id(), s.title(), s.group(), s.cadence().kind(), s.cadence().everyWeeks(), s.cadence().weekOfMonth(),
                s.cadence().weekday(), s.startTime(), s.durationMinutes(), s.location(), s.chair(), s.organisation(),
                s.agendaCallWorkingDays(), s.papersWorkingDays(), s.minutesApprovalWorkingDays(), s.quorum());
    }

    @Query("""
            UPDATE meeting_series SET title = :title, meeting_group = :group, cadence_kind = :kind, every_weeks = :everyWeeks,
                week_of_month = :weekOfMonth, weekday = :weekday, start_time = :startTime, duration_minutes = :durationMinutes,
                location = :location, chair = :chair, organisation = :organisation, agenda_call_working_days = :agendaCallWorkingDays,
                papers_working_days = :papersWorkingDays, minutes_approval_working_days = :minutesApprovalWorkingDays, quorum = :quorum
            WHERE id = :id""")
    void updateSettings(UUID id, String title, Group group, Cadence.Kind kind, @Nullable Integer everyWeeks, @Nullable Integer weekOfMonth,
                        DayOfWeek weekday, LocalTime startTime, int durationMinutes, String location, String chair, String organisation,
                        int agendaCallWorkingDays, int papersWorkingDays, int minutesApprovalWorkingDays, int quorum);

    @Query("DELETE FROM meeting_series_member WHERE series_id = :seriesId")
    void deleteMembers(UUID seriesId);

    /** All the members in one statement, in order; what a member does not name is '' in the lists (arrays bind no nulls). */
    default void insertMembers(UUID seriesId, List<Member> members) {
        insertMembers(seriesId, members.stream().map(m -> Objects.toString(m.person(), "")).toList(),
                members.stream().map(m -> Objects.toString(m.role(), "")).toList(),
                members.stream().map(m -> Objects.toString(m.organisation(), "")).toList());
    }

    @Query("""
            INSERT INTO meeting_series_member (series_id, position, person_id, role, organisation)
            SELECT :seriesId, n - 1, NULLIF(person_id, ''), NULLIF(role, ''), NULLIF(organisation, '')
            FROM unnest(CAST(:persons AS text[]), CAST(:roles AS text[]), CAST(:organisations AS text[])) WITH ORDINALITY
                AS m (person_id, role, organisation, n)""")
    void insertMembers(UUID seriesId, @TypeDef(type = DataType.STRING_ARRAY) List<String> persons,
                       @TypeDef(type = DataType.STRING_ARRAY) List<String> roles,
                       @TypeDef(type = DataType.STRING_ARRAY) List<String> organisations);

    @Query("UPDATE meeting_series SET status = 'CLOSED' WHERE id = :id")
    void close(UUID id);

    @Query(SELECT + " WHERE s.id = :id")
    Optional<MeetingSeries> find(UUID id);

    /** Locks the series until the transaction ends, so that two changes (or a change and a close) do not interleave. */
    @Query(SELECT + " WHERE s.id = :id FOR UPDATE")
    Optional<MeetingSeries> findForUpdate(UUID id);

    long count();

    @Query(value = SELECT + " WHERE " + SeriesVisibility.OF_SERIES + " ORDER BY s.title, s.id",
            countQuery = "SELECT count(*) FROM meeting_series s WHERE " + SeriesVisibility.OF_SERIES)
    Page<MeetingSeries> visible(boolean everyone, String actorId, String organisation,
                                @TypeDef(type = DataType.STRING_ARRAY) List<String> roles, Pageable pageable);

    /** The series a person may see, by title (index meeting_series_title). */
    default Page<MeetingSeries> visibleTo(Actor actor, Pageable pageable) {
        return visible(actor.seesAcrossBoroughs(), actor.id(), actor.organisation(), SeriesVisibility.roles(actor), pageable);
    }
}
