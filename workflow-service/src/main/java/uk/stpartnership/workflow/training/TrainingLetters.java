package uk.stpartnership.workflow.training;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.calendar.CalendarInvitation;
import uk.stpartnership.workflow.letters.Letter;
import uk.stpartnership.workflow.letters.LetterSource;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The texts of training's emails, read from the cohort when each is sent: a booking's (place confirmed, waiting list,
 * place offered) and a cohort day's (its invitation, with the day as a calendar invitation; the trainer's reminder).
 * The recipients are the job's (the person, by id).
 */
@Factory
class TrainingLetters {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final CohortRepository cohorts;
    private final CohortDayRepository cohortDays;
    private final BookingRepository bookings;
    private final TrainingCatalogue catalogue;
    private final BoroughCalendars calendars;
    private final String calendarDomain;

    TrainingLetters(CohortRepository cohorts, CohortDayRepository cohortDays, BookingRepository bookings, TrainingCatalogue catalogue,
                    BoroughCalendars calendars, @Value("${training.calendar-domain}") String calendarDomain) {
        this.cohorts = cohorts;
        this.cohortDays = cohortDays;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.calendarDomain = calendarDomain;
    }

    @Singleton
    LetterSource bookingLetters() {
        return new LetterSource() {
            @Override
            public String kind() {
                return "booking";
            }

            @Override
            public Letter letter(UUID id, String template, UUID draftId) {
                Booking booking = bookings.findById(id).orElseThrow(() -> ProblemException.notFound("Booking"));
                Cohort cohort = cohorts.findById(booking.cohortId()).orElseThrow(() -> ProblemException.notFound("Cohort"));
                String dates = cohorts.days(cohort.id()).stream().map(TrainingLetters.this::when).collect(Collectors.joining("\n"));
                Map<String, String> values = switch (template) {
                    case "training-place-confirmed", "training-place-offered" ->
                            Map.of("courseName", courseName(cohort), "cohortDates", dates, "place", cohort.place());
                    case "training-waitlisted" -> Map.of("courseName", courseName(cohort), "cohortDates", dates,
                            "waitingPosition", Long.toString(bookings.waitingPosition(id)));
                    default -> throw ProblemException.notFound("Letter");
                };
                return Letter.toJobRecipients(values);
            }
        };
    }

    @Singleton
    LetterSource cohortDayLetters() {
        return new LetterSource() {
            @Override
            public String kind() {
                return "cohortDay";
            }

            @Override
            public Letter letter(UUID id, String template, UUID draftId) {
                CohortDay day = cohortDays.findById(id).orElseThrow(() -> ProblemException.notFound("Cohort day"));
                Cohort cohort = cohorts.findById(day.cohortId()).orElseThrow(() -> ProblemException.notFound("Cohort"));
                List<CohortDay> days = cohorts.days(cohort.id());
                String title = courseName(cohort) + ": day " + day.dayNumber() + " of " + days.size();
                Map<String, String> values = switch (template) {
                    case "training-day-invitation" -> Map.of("dayTitle", title, "when", when(day), "place", cohort.place(),
                            "icalendar", new CalendarInvitation(day.id().toString(), cohort.plannedAt(),
                                    calendars.at(day.day(), day.startsAt()).toInstant(), calendars.at(day.day(), day.endsAt()).toInstant(),
                                    "Safe & Together training: " + title, cohort.place(), cohort.trainerId(), calendarDomain,
                                    "Trainer: " + cohort.trainerId()).text());
                    case "training-attendance-reminder" -> Map.of("dayTitle", title, "when", when(day));
                    default -> throw ProblemException.notFound("Letter");
                };
                return Letter.toJobRecipients(values);
            }
        };
    }

    private String courseName(Cohort cohort) {
        return catalogue.course(cohort.course()).map(Course::name).orElse(cohort.course());
    }

    private String when(CohortDay day) {
        return DAY.format(day.day()) + ", " + TIME.format(day.startsAt()) + " to " + TIME.format(day.endsAt());
    }
}
