package uk.stpartnership.workflow.consultations;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The service tasks of case-consultation.bpmn. */
@Singleton
public class ConsultationWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationWorkers.class);

    private final BoroughCalendars calendars;
    private final ConsultationRepository consultations;
    private final Clock clock;
    private final int dueWorkingDays;
    private final LocalTime dueTime;
    private final LocalTime reminderTime;

    public ConsultationWorkers(BoroughCalendars calendars, ConsultationRepository consultations, Clock clock,
                               @Value("${consultation.due-working-days}") int dueWorkingDays,
                               @Value("${consultation.due-time}") String dueTime,
                               @Value("${consultation.reminder-time}") String reminderTime) {
        this.calendars = calendars;
        this.consultations = consultations;
        this.clock = clock;
        this.dueWorkingDays = dueWorkingDays;
        this.dueTime = LocalTime.parse(dueTime);
        this.reminderTime = LocalTime.parse(reminderTime);
    }

    /** Due at the end of the configured number of working days; the reminder on the working day before. */
    @JobWorker(type = "schedule-consultation", fetchVariables = "borough")
    public Map<String, Object> schedule(ActivatedJob job) {
        String borough = (String) job.getVariable("borough");
        WorkingDayCalendar calendar = calendars.of(borough);
        LocalDate dueDate = calendar.plusWorkingDays(calendars.today(), dueWorkingDays);
        Instant dueAt = calendars.at(dueDate, dueTime).toInstant();
        Instant reminderAt = calendars.at(calendar.previousWorkingDay(dueDate), reminderTime).toInstant();
        LOG.info("Consultation due {} ({} working days, {}), reminder at {}", dueDate, dueWorkingDays, calendar.nation(), reminderAt);
        return Map.of("dueDate", dueDate.toString(), "dueAt", dueAt.toString(), "reminderAt", reminderAt.toString());
    }

    /** Keeps the consultation the lead held; a re-delivered job finds it kept and adds nothing. */
    @JobWorker(type = "record-consultation", fetchVariables = {"consultationId", "borough", "consultationDate", "themes",
            "followUpNeeded", "followUp", "notes", "completedBy"})
    public Map<String, Object> record(ActivatedJob job) {
        Map<String, Object> v = job.getVariablesAsMap();
        List<Theme> themes = ((List<?>) v.get("themes")).stream().map(theme -> Theme.valueOf((String) theme)).toList();
        boolean followUpNeeded = Boolean.TRUE.equals(v.get("followUpNeeded"));
        String followUp = followUpNeeded ? (String) v.get("followUp") : null;
        HeldConsultation held = new HeldConsultation(UUID.fromString((String) v.get("consultationId")), (String) v.get("borough"),
                LocalDate.parse((String) v.get("consultationDate")), themes, followUpNeeded, followUp,
                (String) v.get("notes"), (String) v.get("completedBy"), Instant.now(clock));
        if (consultations.insertHeldIfAbsent(held)) {
            LOG.info("Consultation {} recorded", held.requestId());
        } else {
            LOG.info("Consultation {} was already recorded", held.requestId());
        }
        // Only the follow-up and the themes go to the practitioner: the lead's notes stay in the record.
        return Map.of(
                "themesSummary", themes.stream().map(Theme::label).collect(Collectors.joining(", ")),
                "followUpSummary", followUpNeeded ? followUp : "No follow-up needed");
    }
}
