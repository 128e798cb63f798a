package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Relation;
import uk.stpartnership.workflow.governance.Group;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * One meeting of a series, with the settings it was planned with and how far it has come; its group is its series'
 * (MeetingRepository reads it with the series).
 */
@MappedEntity("meeting")
public record Meeting(@Id UUID id, UUID seriesId, @MappedProperty("meeting_group") Group group, @MappedProperty("meeting_date") LocalDate date,
                      String title, @Relation(Relation.Kind.EMBEDDED) MeetingTimes times, String location, String chair,
                      String organisation, int quorum, Status status, Instant plannedAt, @Nullable Instant agendaPackAt,
                      @Nullable Instant cancelledAt, @Nullable Instant minutesRecordedAt, @Nullable String minutesRecordedBy,
                      @Nullable Boolean quorumMet, @Nullable Instant minutesApprovedAt, @Nullable String minutesApprovedBy,
                      @Nullable String minutesApprovalNote) {

    public enum Status { PLANNED, HELD, CANCELLED }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Members add items until the agenda closes or the pack goes out, whichever comes first. */
    public boolean agendaOpen(Instant now) {
        return status == Status.PLANNED && agendaPackAt == null && now.isBefore(times.agendaClosesAt());
    }

    /** "Steering group meeting on 10 December 2026", for people to read. */
    public String describe() {
        return title + " meeting on " + date.format(DAY);
    }

    /** Titled as its series (the emails say "the {meetingTitle} meeting on {scheduledAt}"). */
    static Meeting planned(UUID id, MeetingSeries series, LocalDate date, MeetingTimes times, Instant now) {
        return new Meeting(id, series.id(), series.group(), date, series.title(), times, series.location(), series.chair(),
                series.organisation(), series.quorum(), Status.PLANNED, now, null, null, null, null, null, null, null, null);
    }
}
