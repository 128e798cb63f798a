package uk.stpartnership.workflow.consultations;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** The service task of case-consultation.bpmn; the consultation itself is kept when its task is completed (RecordConsultation). */
@Singleton
public class ConsultationWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationWorkers.class);

    private final BoroughCalendars calendars;
    private final int dueWorkingDays;
    private final LocalTime dueTime;
    private final LocalTime reminderTime;

    public ConsultationWorkers(BoroughCalendars calendars,
                               @Value("${consultation.due-working-days}") int dueWorkingDays,
                               @Value("${consultation.due-time}") String dueTime,
                               @Value("${consultation.reminder-time}") String reminderTime) {
        this.calendars = calendars;
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
}
