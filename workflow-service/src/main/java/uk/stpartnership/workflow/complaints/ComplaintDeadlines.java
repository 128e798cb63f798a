package uk.stpartnership.workflow.complaints;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import uk.stpartnership.workingdays.WorkingDayCalendar;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The statutory periods of a complaint (complaints.periods.*, in working days of the borough's nation) turned into
 * deadlines: due at the end of the last working day, with a reminder some working days before.
 */
@Singleton
public class ComplaintDeadlines {

    /** Where each period runs from, and the stage it belongs to (none for the complainant's request windows). */
    public enum Period {
        ACKNOWLEDGEMENT("acknowledgement", Complaint.Stage.RECEIVED, From.RECEIVED),
        STAGE1("stage1", Complaint.Stage.STAGE1, From.RECEIVED),
        STAGE1_EXTENDED("stage1-extended", Complaint.Stage.STAGE1, From.RECEIVED),
        STAGE2_REQUEST_WINDOW("stage2-request-window", null, From.TODAY),
        STAGE2("stage2", Complaint.Stage.STAGE2, From.STAGE2_REQUEST),
        STAGE2_EXTENDED("stage2-extended", Complaint.Stage.STAGE2, From.STAGE2_REQUEST),
        STAGE3_REQUEST_WINDOW("stage3-request-window", null, From.TODAY),
        STAGE3_PANEL("stage3-panel", Complaint.Stage.STAGE3, From.STAGE3_REQUEST),
        STAGE3_REPORT("stage3-report", Complaint.Stage.STAGE3, From.TODAY),
        STAGE3_RESPONSE("stage3-response", Complaint.Stage.STAGE3, From.TODAY);

        private final String key;
        private final Complaint.Stage stage;
        private final From from;

        Period(String key, Complaint.Stage stage, From from) {
            this.key = key;
            this.stage = stage;
            this.from = from;
        }

        public String key() {
            return key;
        }

        /** The stage the period belongs to; empty for a window in which the complainant may ask for the next stage. */
        public Optional<Complaint.Stage> stage() {
            return Optional.ofNullable(stage);
        }

        public static Optional<Period> of(String key) {
            return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
        }
    }

    /** The regulations count from receipt of the complaint, or of the request for the stage; the rest run from today (the panel sat, the report came, the response went). */
    private enum From { RECEIVED, STAGE2_REQUEST, STAGE3_REQUEST, TODAY }

    /** A deadline: the last day, due at its end, and when whoever holds the task is reminded. */
    public record Deadline(Period period, LocalDate lastDay, Instant dueAt, Instant reminderAt) {
    }

    private static final String REMINDER_BEFORE = "reminder-before";

    private final BoroughCalendars calendars;
    private final Map<String, Integer> workingDays;
    private final LocalTime dueTime;
    private final LocalTime reminderTime;

    /** Each period looked up on its own, so that an environment variable (COMPLAINTS_PERIODS_STAGE1_EXTENDED) finds its key. */
    @Inject
    public ComplaintDeadlines(BoroughCalendars calendars, PropertyResolver properties, @Value("${complaints.due-time}") String dueTime,
                              @Value("${complaints.reminder-time}") String reminderTime) {
        this(calendars, configured(properties), dueTime, reminderTime);
    }

    ComplaintDeadlines(BoroughCalendars calendars, Map<String, ?> workingDays, String dueTime, String reminderTime) {
        this.calendars = calendars;
        this.workingDays = new TreeMap<>();
        workingDays.forEach((key, days) -> this.workingDays.put(key, Integer.parseInt(String.valueOf(days))));
        for (Period period : Period.values()) {
            days(period.key());
        }
        days(REMINDER_BEFORE);
        this.dueTime = LocalTime.parse(dueTime);
        this.reminderTime = LocalTime.parse(reminderTime);
    }

    private static Map<String, Integer> configured(PropertyResolver properties) {
        Map<String, Integer> configured = new TreeMap<>();
        Stream.concat(Arrays.stream(Period.values()).map(Period::key), Stream.of(REMINDER_BEFORE)).forEach(key ->
                properties.getProperty("complaints.periods." + key, Integer.class).ifPresent(days -> configured.put(key, days)));
        return configured;
    }

    /** The number of working days configured for a period (or reminder-before); a missing one stops the service starting. */
    public int days(String key) {
        Integer days = workingDays.get(key);
        if (days == null || days < 0) {
            throw new IllegalStateException("complaints.periods." + key + " must be set to a number of working days");
        }
        return days;
    }

    /**
     * The deadline of a period for the complaint, counted in the borough's working days. The reminder comes
     * reminder-before working days ahead, but within the period: a two-day acknowledgement is reminded after one.
     */
    public Deadline of(Period period, Complaint complaint) {
        WorkingDayCalendar calendar = calendars.of(complaint.borough());
        int days = days(period.key());
        LocalDate lastDay = calendar.plusWorkingDays(start(period, complaint), days);
        int before = Math.min(days(REMINDER_BEFORE), Math.max(days - 1, 0));
        LocalDate reminderDay = calendar.minusWorkingDays(lastDay, before);
        return new Deadline(period, lastDay, calendars.at(lastDay, dueTime).toInstant(), calendars.at(reminderDay, reminderTime).toInstant());
    }

    /**
     * The day of the request, kept before the process is told of it. Not there yet means the request's transaction
     * has not committed: the job is retried rather than counted from the wrong day.
     */
    private static LocalDate requested(LocalDate requestedOn, Complaint complaint) {
        if (requestedOn == null) {
            throw new IllegalStateException("Complaint " + complaint.reference() + " has no stage request date (yet)");
        }
        return requestedOn;
    }

    private LocalDate start(Period period, Complaint complaint) {
        LocalDate today = calendars.today();
        return switch (period.from) {
            case RECEIVED -> complaint.receivedOn();
            case STAGE2_REQUEST -> requested(complaint.progress().stage2RequestedOn(), complaint);
            case STAGE3_REQUEST -> requested(complaint.progress().stage3RequestedOn(), complaint);
            case TODAY -> today;
        };
    }
}
