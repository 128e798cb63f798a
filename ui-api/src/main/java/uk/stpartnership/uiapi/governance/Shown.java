package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.Words;
import uk.stpartnership.uiapi.pages.govuk.Tag;
import uk.stpartnership.uiapi.pages.DueDates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the governance pages write dates, times, statuses and their own addresses. */
public final class Shown {

    static final ZoneId LONDON = DueDates.LONDON;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Shown() {
    }

    public static String day(@Nullable LocalDate date) {
        return date == null ? "" : DueDates.day(date);
    }

    static String weekday(LocalDate date) {
        return WEEKDAY.format(date);
    }

    /** "3 December 2026 at 2:00pm" in London. */
    public static String at(@Nullable Instant instant) {
        return instant == null ? "" : DueDates.dayAndTime(instant);
    }

    /** The state of a meeting's minutes. */
    public static String minutes(String meetingStatus, @Nullable Instant approvedAt) {
        return switch (meetingStatus) {
            case "HELD" -> approvedAt == null ? "Recorded, not yet approved" : "Approved " + day(approvedAt.atZone(LONDON).toLocalDate());
            case "CANCELLED" -> "Meeting cancelled";
            default -> "Not recorded yet";
        };
    }

    public static String words(@Nullable String value) {
        return value == null ? "" : Words.of(value);
    }

    /** An action's status: overdue (red), done (green) or open (blue). */
    public static Tag actionStatus(Governance.Action action) {
        if ("DONE".equals(action.status())) {
            return new Tag("Done", "green");
        }
        return Boolean.TRUE.equals(action.overdue()) || action.escalated() ? new Tag("Overdue", "red") : new Tag("Open", "blue");
    }

    public static Tag decisionStatus(String status) {
        return switch (status) {
            case "IMPLEMENTED" -> new Tag("Implemented", "green");
            case "SUPERSEDED" -> new Tag("Superseded", "grey");
            default -> new Tag("Open", "blue");
        };
    }

    /** A query string of the values given (blank ones left out), "" when none. */
    static String query(Map<String, String> values) {
        String query = values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }
}
