package uk.stpartnership.workflow.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** One meeting of a series, with the settings it was planned with and how far it has come. */
public record Meeting(UUID id, UUID seriesId, Group group, LocalDate date, String title, MeetingTimes times,
                      String location, String chair, String organisation, int quorum, Status status, Instant plannedAt,
                      Instant agendaPackAt, Instant cancelledAt, Instant minutesRecordedAt, String minutesRecordedBy,
                      Boolean quorumMet, Instant minutesApprovedAt, String minutesApprovedBy, String minutesApprovalNote) {

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
