package uk.stpartnership.workflow.meetings;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import uk.stpartnership.workflow.governance.Group;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.access.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A series of meetings on a cadence, as it is now; a meeting keeps the settings it was planned with. Its members are
 * rows of their own: never written with it, and read with it as JSON (MeetingSeriesRepository.SELECT). startTime is
 * written as it is read ("10:00"), so that what a client reads it can send back.
 */
@Serdeable
@MappedEntity("meeting_series")
public record MeetingSeries(@Id UUID id, String title, @MappedProperty("meeting_group") Group group,
                            @Relation(Relation.Kind.EMBEDDED) Cadence cadence,
                            @JsonFormat(pattern = "HH:mm") LocalTime startTime, int durationMinutes,
                            String location, String chair, String organisation, @GeneratedValue @TypeDef(type = DataType.JSON) List<Member> members,
                            int agendaCallWorkingDays, int papersWorkingDays, int minutesApprovalWorkingDays, int quorum,
                            LocalDate firstMeetingOn, Status status, String createdBy, Instant createdAt) {

    public enum Status { OPEN, CLOSED }

    /** A series with the settings of a request; the first meeting, status and creation stay as given. */
    static MeetingSeries of(UUID id, MeetingSeriesRequest r, LocalDate firstMeetingOn, Status status, String createdBy, Instant createdAt) {
        return new MeetingSeries(id, r.title().strip(), r.group(), r.cadence(), LocalTime.parse(r.startTime()), r.durationMinutes(),
                r.location().strip(), r.chair().strip(), r.organisation().strip(), List.copyOf(r.members()), r.agendaCallWorkingDays(),
                r.papersWorkingDays(), r.minutesApprovalWorkingDays(), r.quorum(), firstMeetingOn, status, createdBy, createdAt);
    }

    /** Members (by person or by a role in their organisation) and the chair see a series; so do partnership-wide roles. */
    public boolean visibleTo(Actor actor) {
        return actor.seesAcrossBoroughs() || chair.equals(actor.id()) || members.stream().anyMatch(member -> member.includes(actor));
    }

    /** The meeting day after {@code previous}, or the first when there is none yet. */
    LocalDate meetingDayAfter(LocalDate previous) {
        return previous == null ? cadence.nextOnOrAfter(firstMeetingOn, firstMeetingOn)
                : cadence.nextOnOrAfter(previous.plusDays(1), firstMeetingOn);
    }
}
