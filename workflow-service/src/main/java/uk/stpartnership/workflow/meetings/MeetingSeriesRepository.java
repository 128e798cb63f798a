package uk.stpartnership.workflow.meetings;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.jdbc.Jdbc;
import uk.stpartnership.workflow.listing.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Series and their members. Joins the caller's transaction when there is one. */
@Singleton
@Connectable
public class MeetingSeriesRepository {

    private static final String COLUMNS = "id, title, meeting_group, cadence_kind, every_weeks, week_of_month, weekday, start_time,"
            + " duration_minutes, location, chair, organisation, agenda_call_working_days, papers_working_days,"
            + " minutes_approval_working_days, quorum, first_meeting_on, status, created_by, created_at";

    private final Jdbc jdbc;

    public MeetingSeriesRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MeetingSeries s) {
        jdbc.update("INSERT INTO meeting_series (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                s.id(), s.title(), s.group(), s.cadence().kind(), s.cadence().everyWeeks(), s.cadence().weekOfMonth(),
                s.cadence().weekday(), s.startTime(), s.durationMinutes(), s.location(), s.chair(), s.organisation(),
                s.agendaCallWorkingDays(), s.papersWorkingDays(), s.minutesApprovalWorkingDays(), s.quorum(),
                s.firstMeetingOn(), s.status(), s.createdBy(), s.createdAt());
        insertMembers(s.id(), s.members());
    }

    /** The settings the next meeting is planned with; the first meeting and the status stay. */
    public void update(MeetingSeries s) {
        jdbc.update("UPDATE meeting_series SET title = ?, meeting_group = ?, cadence_kind = ?, every_weeks = ?, week_of_month = ?,"
                        + " weekday = ?, start_time = ?, duration_minutes = ?, location = ?, chair = ?, organisation = ?,"
                        + " agenda_call_working_days = ?, papers_working_days = ?, minutes_approval_working_days = ?, quorum = ?"
                        + " WHERE id = ?",
                s.title(), s.group(), s.cadence().kind(), s.cadence().everyWeeks(), s.cadence().weekOfMonth(),
                s.cadence().weekday(), s.startTime(), s.durationMinutes(), s.location(), s.chair(), s.organisation(),
                s.agendaCallWorkingDays(), s.papersWorkingDays(), s.minutesApprovalWorkingDays(), s.quorum(), s.id());
        jdbc.update("DELETE FROM meeting_series_member WHERE series_id = ?", s.id());
        insertMembers(s.id(), s.members());
    }

    private void insertMembers(UUID seriesId, List<Member> members) {
        StringBuilder sql = new StringBuilder("INSERT INTO meeting_series_member (series_id, position, person_id, role, organisation) VALUES ");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?)");
            parameters.addAll(Stream.of(seriesId, i, member.person(), member.role(), member.organisation()).toList());
        }
        jdbc.update(sql.toString(), parameters.toArray());
    }

    public void close(UUID id) {
        jdbc.update("UPDATE meeting_series SET status = 'CLOSED' WHERE id = ?", id);
    }

    public Optional<MeetingSeries> find(UUID id) {
        return withMembers(jdbc.list("SELECT " + COLUMNS + " FROM meeting_series WHERE id = ?", MeetingSeriesRepository::map, id))
                .stream().findFirst();
    }

    /** Locks the series until the transaction ends, so that two changes (or a change and a close) do not interleave. */
    public Optional<MeetingSeries> findForUpdate(UUID id) {
        return withMembers(jdbc.list("SELECT " + COLUMNS + " FROM meeting_series WHERE id = ? FOR UPDATE", MeetingSeriesRepository::map, id))
                .stream().findFirst();
    }

    public long count() {
        return jdbc.count("SELECT count(*) FROM meeting_series");
    }

    public List<MeetingSeries> visibleTo(Actor actor, PageRequest page) {
        List<Object> parameters = new ArrayList<>(visibilityParameters(actor));
        parameters.add(page.size());
        parameters.add(page.offset());
        return withMembers(jdbc.list("SELECT " + COLUMNS + " FROM meeting_series s WHERE " + visibility(actor)
                + " ORDER BY title, id LIMIT ? OFFSET ?", MeetingSeriesRepository::map, parameters.toArray()));
    }

    public long countVisibleTo(Actor actor) {
        return jdbc.count("SELECT count(*) FROM meeting_series s WHERE " + visibility(actor), visibilityParameters(actor).toArray());
    }

    private static String visibility(Actor actor) {
        return actor.seesAcrossBoroughs() ? "true" : SeriesVisibility.condition("s.id");
    }

    private static List<Object> visibilityParameters(Actor actor) {
        return actor.seesAcrossBoroughs() ? List.of() : SeriesVisibility.parameters(actor);
    }

    /** The members of every series in one query, whatever the number of series. */
    private List<MeetingSeries> withMembers(List<MeetingSeries> series) {
        if (series.isEmpty()) {
            return series;
        }
        record SeriesMember(UUID seriesId, Member member) {
        }
        Map<UUID, List<Member>> members = jdbc.list("SELECT series_id, person_id, role, organisation FROM meeting_series_member"
                                + " WHERE series_id = ANY (?::uuid[]) ORDER BY series_id, position",
                        row -> new SeriesMember(Jdbc.uuid(row, "series_id"),
                                new Member(row.getString("person_id"), row.getString("role"), row.getString("organisation"))),
                        series.stream().map(MeetingSeries::id).toList())
                .stream().collect(Collectors.groupingBy(SeriesMember::seriesId, Collectors.mapping(SeriesMember::member, Collectors.toList())));
        return series.stream().map(s -> s.withMembers(members.getOrDefault(s.id(), List.of()))).toList();
    }

    private static MeetingSeries map(ResultSet r) throws SQLException {
        Cadence cadence = new Cadence(Cadence.Kind.valueOf(r.getString("cadence_kind")), (Integer) r.getObject("every_weeks"),
                (Integer) r.getObject("week_of_month"), DayOfWeek.valueOf(r.getString("weekday")));
        return new MeetingSeries(Jdbc.uuid(r, "id"), r.getString("title"), Group.valueOf(r.getString("meeting_group")), cadence,
                r.getObject("start_time", LocalTime.class), r.getInt("duration_minutes"), r.getString("location"), r.getString("chair"),
                r.getString("organisation"), List.of(), r.getInt("agenda_call_working_days"), r.getInt("papers_working_days"),
                r.getInt("minutes_approval_working_days"), r.getInt("quorum"), Jdbc.date(r, "first_meeting_on"),
                MeetingSeries.Status.valueOf(r.getString("status")), r.getString("created_by"), Jdbc.instant(r, "created_at"));
    }
}
