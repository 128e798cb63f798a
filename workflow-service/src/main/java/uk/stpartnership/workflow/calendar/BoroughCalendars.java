package uk.stpartnership.workflow.calendar;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.stpartnership.workingdays.Nation;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * The working-day calendar of each borough: England and Wales unless platform.borough-nations says
 * otherwise (a Scottish council is configured as SCOTLAND), in the partnership's time zone.
 */
@Singleton
public class BoroughCalendars {

    /** When a working day starts (reminders, agenda calls) and ends (deadlines). */
    public static final LocalTime START_OF_DAY = LocalTime.of(9, 0);
    public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final Map<String, String> boroughNations;
    private final ZoneId zone;
    private final Clock clock;
    private final Map<Nation, WorkingDayCalendar> calendars = new EnumMap<>(Nation.class);

    public BoroughCalendars(@Property(name = "platform.borough-nations") Map<String, String> boroughNations,
                            @Value("${platform.time-zone:Europe/London}") String zone,
                            Clock clock) {
        this.boroughNations = Map.copyOf(boroughNations);
        this.zone = ZoneId.of(zone);
        this.clock = clock;
        for (Nation nation : Nation.values()) {
            calendars.put(nation, new WorkingDayCalendar(nation));
        }
    }

    public WorkingDayCalendar of(String borough) {
        String nation = boroughNations.get(borough);
        return calendars.get(nation == null ? Nation.ENGLAND_AND_WALES : Nation.valueOf(nation));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public ZonedDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone);
    }
}
