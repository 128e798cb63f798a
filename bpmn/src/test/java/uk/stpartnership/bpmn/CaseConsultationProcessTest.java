package uk.stpartnership.bpmn;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path through case-consultation.bpmn, on the real engine in memory, its clock moved by the test. */
class CaseConsultationProcessTest extends ProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    /** Names that carried what the practitioner or the lead typed before; no record of the engine may hold them. */
    private static final List<String> TEXT_VARIABLES = List.of("helpWanted", "practitionerRole", "followUp", "notes", "themesSummary",
            "followUpSummary");

    @Override
    protected List<String> textVariables() {
        return TEXT_VARIABLES;
    }

    private long instance;
    private Instant dueAt;
    private Instant reminderAt;

    @BeforeEach
    void startConsultation() {
        engine.deploy("bpmn/case-consultation.bpmn");
        instance = engine.client().newCreateInstanceCommand().bpmnProcessId("case-consultation").latestVersion()
                .variables(Map.of("borough", "hackney", "caseReference", "HK-2026-0042",
                        "requestedBy", "practitioner.hackney", "consultationId", "c-1"))
                .send().join().getProcessInstanceKey();
        // What the schedule worker works out from the calendar: here due in three days, reminder the day before.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        dueAt = now.plus(Duration.ofDays(3));
        reminderAt = now.plus(Duration.ofDays(2));
        ActivatedJob schedule = onlyJob("schedule-consultation");
        engine.client().newCompleteCommand(schedule)
                .variables(Map.of("dueAt", dueAt.toString(), "reminderAt", reminderAt.toString(), "dueDate", "2026-11-27"))
                .send().join();
    }

    @Test
    void theTaskGoesToTheBoroughsImplementationLeadsWithItsFormAndDueDate() {
        ActivatedJob task = onlyJob(USER_TASK);

        assertThat(task.getElementId()).isEqualTo("hold-case-consultation");
        assertThat(task.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "hold-case-consultation")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"IMPLEMENTATION_LEAD\"]");
        assertThat(ZonedDateTime.parse(task.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant())
                .isEqualTo(dueAt);
        assertThat(task.getVariablesAsMap()).containsEntry("borough", "hackney");
    }

    @Test
    void aConsultationHeldInTimeIsConfirmedToThePractitionerWithTheTextsWorkflowServiceKeeps() {
        completeTheConsultation();

        ActivatedJob confirmation = onlyJob("send-email");
        assertThat(confirmation.getCustomHeaders()).containsEntry("template", "consultation-confirmation").containsEntry("letter", "consultation");
        assertThat(confirmation.getVariablesAsMap()).containsEntry("consultationId", "c-1").containsEntry("consultationDate", "2026-11-25")
                .containsEntry("caseReference", "HK-2026-0042");
        assertThat(confirmation.getVariablesAsMap().get("recipients"))
                .isEqualTo(List.of(Map.of("person", "practitioner.hackney")));
        engine.client().newCompleteCommand(confirmation).send().join();

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("consultation-held")
                .doesNotContain("leads-reminded", "project-manager-told");
    }

    @Test
    void theLeadsAreRemindedTheWorkingDayBeforeAndTheTaskStaysOpen() {
        engine.increaseTime(Duration.ofDays(2).plusMinutes(1));

        ActivatedJob reminder = onlyJob("send-email");
        assertThat(reminder.getElementId()).isEqualTo("remind-implementation-leads");
        assertThat(reminder.getCustomHeaders()).containsEntry("template", "consultation-reminder");
        assertThat(reminder.getVariablesAsMap().get("recipients"))
                .isEqualTo(List.of(Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney")));
        engine.client().newCompleteCommand(reminder).send().join();

        assertThat(engine.completedElements(instance)).contains("leads-reminded");
        assertThat(engine.activeElements(instance)).containsExactly("hold-case-consultation");
    }

    @Test
    void anOverdueConsultationIsEscalatedToTheProjectManagerAndCanStillBeHeld() {
        engine.increaseTime(Duration.ofDays(2).plusMinutes(1));
        engine.client().newCompleteCommand(onlyJob("send-email")).send().join();
        engine.increaseTime(Duration.ofDays(1));

        ActivatedJob escalation = onlyJob("send-email");
        assertThat(escalation.getElementId()).isEqualTo("escalate-to-project-manager");
        assertThat(escalation.getCustomHeaders()).containsEntry("template", "consultation-overdue");
        assertThat(escalation.getVariablesAsMap().get("recipients"))
                .isEqualTo(List.of(Map.of("role", "PROJECT_MANAGER", "organisation", "hackney")));
        engine.client().newCompleteCommand(escalation).send().join();
        assertThat(engine.completedElements(instance)).contains("project-manager-told");

        completeTheConsultation();
        engine.client().newCompleteCommand(onlyJob("send-email")).send().join();
        assertThat(engine.hasCompleted(instance)).isTrue();
    }

    @Test
    void noReminderOrEscalationOnceTheConsultationIsHeld() {
        completeTheConsultation();
        ActivatedJob confirmation = onlyJob("send-email");
        assertThat(confirmation.getElementId()).isEqualTo("confirm-to-practitioner");
        engine.client().newCompleteCommand(confirmation).send().join();
        engine.increaseTime(Duration.ofDays(10));

        assertThat(engine.activateJobs("send-email")).isEmpty();
    }

    /** As workflow-service completes it: the facts only (the follow-up and notes stay in its tables). */
    private void completeTheConsultation() {
        engine.client().newCompleteCommand(onlyJob(USER_TASK))
                .variables(Map.of("consultationDate", "2026-11-25", "themes", List.of("PERPETRATOR_PATTERN_MAPPING"),
                        "followUpNeeded", true, "completedBy", "implementation-lead.hackney"))
                .send().join();
    }

    private ActivatedJob onlyJob(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
