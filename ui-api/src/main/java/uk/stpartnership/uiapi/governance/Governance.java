package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.uiapi.pages.Listed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Governance records as workflow-service's API document shows them (docs/GOVERNANCE.md), for the pages to read. */
public final class Governance {

    private Governance() {
    }

    /** One page of a list. */

    @Serdeable
    public record Cadence(String kind, @Nullable Integer everyWeeks, @Nullable Integer weekOfMonth, String weekday) {
    }

    /** One person, or everyone with a role in an organisation. */
    @Serdeable
    public record Member(@Nullable String person, @Nullable String role, @Nullable String organisation) {
    }

    @Serdeable
    public record Series(String id, String title, String group, Cadence cadence, String startTime, int durationMinutes, String location,
                  String chair, String organisation, List<Member> members, int agendaCallWorkingDays, int papersWorkingDays,
                  int minutesApprovalWorkingDays, int quorum, LocalDate firstMeetingOn, String status) {
    }

    @Serdeable
    public record SeriesDetail(Series series, List<MeetingSummary> upcomingMeetings, List<MeetingSummary> pastMeetings) {
    }

    @Serdeable
    public record SeriesPreview(List<LocalDate> planned, List<LocalDate> dates) {
    }

    @Serdeable
    public record MeetingSummary(String id, String seriesId, String title, LocalDate date, Instant scheduledAt, String status,
                          boolean agendaOpen, @Nullable Boolean quorumMet, @Nullable Instant minutesApprovedAt) {
    }

    @Serdeable
    public record Meeting(String id, String seriesId, String title, String group, LocalDate date, Instant scheduledAt, Instant agendaClosesAt,
                   String location, String chair, String status, boolean agendaOpen, List<AgendaItem> agendaItems, @Nullable Minutes minutes) {
    }

    @Serdeable
    public record AgendaItem(String id, int position, String title, String purpose, @Nullable List<String> papers, @Nullable String owner,
                      String addedBy, @Nullable String actionId, @Nullable String referredFrom) {
    }

    @Serdeable
    public record Minutes(List<String> attendees, boolean quorumMet, Instant recordedAt, String recordedBy, @Nullable Instant approvedAt,
                   @Nullable String approvedBy, @Nullable String approvalNote, List<MinutesOutcome> outcomes) {
    }

    @Serdeable
    public record MinutesOutcome(String id, String agendaItemId, String type, String wording, @Nullable String rationale,
                          @Nullable String decisionId, @Nullable String decisionStatus, List<Action> actions) {
    }

    /** An action; overdue and history come with the action list and an action's own route, not with a meeting or decision. */
    @Serdeable
    public record Action(String id, String title, String owner, String borough, LocalDate dueDate, String status, @Nullable Boolean overdue,
                  boolean escalated, String meetingId, @Nullable String decisionId, @Nullable Instant doneAt, @Nullable String doneNote,
                  @Nullable List<History> history) {
    }

    @Serdeable
    public record History(Instant at, String event, String by, @Nullable String note, @Nullable LocalDate oldDueDate, @Nullable LocalDate newDueDate) {
    }

    @Serdeable
    public record Decision(String id, LocalDate decidedOn, String group, String meetingId, @Nullable String meetingTitle, String organisation,
                    String wording, @Nullable String rationale, String status, @Nullable String supersedes, @Nullable String supersededBy,
                    List<Action> actions) {
    }

    @Serdeable
    public record OverdueCount(String borough, String owner, long overdue, LocalDate oldestDueDate) {
    }

    @Serdeable
    public record SteeringOverview(Listed<Decision> openDecisions, Listed<OverdueCount> overdueActions, Listed<MeetingSummary> minutesNotApproved) {
    }
}
