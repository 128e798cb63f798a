package uk.stpartnership.workflow.consultations;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the consultation the lead held, in the transaction that saves the task's completion: the process is told only
 * the date, the themes and whether follow-up is needed; the follow-up and the notes stay here. A re-delivered
 * completion finds it kept and adds nothing.
 */
@Singleton
class RecordConsultation {

    private static final Logger LOG = LoggerFactory.getLogger(RecordConsultation.class);

    private final ConsultationRepository consultations;
    private final Clock clock;

    RecordConsultation(ConsultationRepository consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        if (!HoldCaseConsultationForm.KIND.equals(completed.task().kind())) {
            return;
        }
        var answers = completed.answers();
        UUID id = UUID.fromString(String.valueOf(completed.task().context().get("consultationId")));
        List<Theme> themes = ((List<?>) answers.get("themes")).stream().map(theme -> Theme.valueOf((String) theme)).toList();
        boolean followUpNeeded = Boolean.TRUE.equals(answers.get("followUpNeeded"));
        HeldConsultation held = new HeldConsultation(id, completed.task().borough(), LocalDate.parse((String) answers.get("consultationDate")),
                themes, followUpNeeded, followUpNeeded ? (String) answers.get("followUp") : null, (String) answers.get("notes"),
                completed.completedBy().id(), Instant.now(clock));
        if (consultations.insertHeldIfAbsent(held)) {
            LOG.info("Consultation {} recorded", id);
        } else {
            LOG.info("Consultation {} was already recorded", id);
        }
    }
}
