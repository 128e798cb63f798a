package uk.stpartnership.workflow.consultations;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.TaskForm;
import uk.stpartnership.workflow.tasks.TaskForm.Field;

import java.util.Arrays;
import java.util.List;

/** The lead's record of the consultation; its texts (follow-up, notes) stay in workflow-service (RecordConsultation). */
@Factory
class HoldCaseConsultationForm {

    static final String KIND = "hold-case-consultation";

    @Singleton
    TaskForm holdCaseConsultation() {
        return new TaskForm(KIND, "Hold case consultation",
                List.of("consultationId", "caseReference", "requestedBy", "dueDate"),
                List.of(
                        Field.date("consultationDate", "Date of the consultation"),
                        Field.choices("themes", "Themes discussed", Arrays.stream(Theme.values()).map(Theme::name).toList()),
                        Field.yesNo("followUpNeeded", "Is follow-up needed?"),
                        Field.textRequiredWhenYes("followUp", "What follow-up", "followUpNeeded", 1000),
                        Field.text("notes", "Notes", false, 4000)));
    }
}
