package uk.stpartnership.bpmn;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every path through governance-action.bpmn, on the real engine in memory, its clock moved by the test. */
class GovernanceActionProcessTest extends ProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final String OWNER = "implementation-lead.hackney";
    /** Names that carried the action's texts before; no record of the engine may hold them. */
    private static final List<String> TEXT_VARIABLES = List.of("actionTitle", "meetingTitle", "doneNote", "reason", "note");

    @Override
    protected List<String> textVariables() {
        return TEXT_VARIABLES;
    }

    private Instant dueAt;
    private Instant reminderAt;

    @BeforeEach
    void agreeAnAction() {
        engine.deploy("bpmn/governance-action.bpmn");
        // What record-minutes works out: due in ten days, reminder two days before.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        dueAt = now.plus(Duration.ofDays(10));
        reminderAt = now.plus(Duration.ofDays(8));
        publishActionAgreed("a-1");
    }

    @Test
    void theOwnerGetsTheTaskWithItsFormAndDueDateAndTheBoroughLeadCanSeeIt() {
        ActivatedJob task = onlyJob(USER_TASK);

        assertThat(task.getBpmnProcessId()).isEqualTo("governance-action");
        assertThat(task.getElementId()).isEqualTo("complete-action");
        assertThat(task.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "complete-action")
                .containsEntry("io.camunda.zeebe:assignee", OWNER)
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"BOROUGH_LEAD\"]");
        assertThat(ZonedDateTime.parse(task.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant())
                .isEqualTo(dueAt);
        assertThat(task.getVariablesAsMap())
                .containsEntry("actionId", "a-1")
                .containsEntry("borough", "hackney")
                .containsEntry("businessReference", "a-1");
    }

    @Test
    void anActionDoneBeforeTheReminderEndsItsProcess() {
        ActivatedJob task = onlyJob(USER_TASK);
        long instance = task.getProcessInstanceKey();

        completeTheAction(task);

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("action-done")
                .doesNotContain("owner-reminded", "escalate-overdue-action", "action-escalated");
        engine.increaseTime(Duration.ofDays(20));
        assertThat(engine.activateJobs("send-email")).isEmpty();
        assertThat(engine.activateJobs("escalate-overdue-action")).isEmpty();
    }

    @Test
    void theOwnerIsRemindedBeforeTheDueDateAndTheTaskStaysOpen() {
        long instance = onlyJob(USER_TASK).getProcessInstanceKey();

        engine.increaseTime(Duration.ofDays(8).plusMinutes(1));
        ActivatedJob reminder = onlyJob("send-email");
        assertThat(reminder.getElementId()).isEqualTo("remind-owner");
        assertThat(reminder.getCustomHeaders()).containsEntry("template", "action-reminder").containsEntry("letter", "action");
        assertThat(reminder.getVariablesAsMap().get("recipients")).isEqualTo(List.of(Map.of("person", OWNER)));
        assertThat(reminder.getVariablesAsMap()).containsEntry("actionId", "a-1").containsKey("dueDate");
        complete(reminder, Map.of());

        assertThat(engine.completedElements(instance)).contains("owner-reminded");
        assertThat(engine.activeElements(instance)).containsExactly("waiting-for-the-action", "complete-action");

        completeTheAction(onlyJob(USER_TASK));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("owner-reminded", "action-done")
                .doesNotContain("escalate-overdue-action");
    }

    @Test
    void anOverdueActionGoesToTheSteeringGroupAndCanStillBeDone() {
        long instance = onlyJob(USER_TASK).getProcessInstanceKey();
        engine.increaseTime(Duration.ofDays(8).plusMinutes(1));
        complete(onlyJob("send-email"), Map.of());

        engine.increaseTime(Duration.ofDays(2));
        ActivatedJob escalation = onlyJob("escalate-overdue-action");
        assertThat(escalation.getElementId()).isEqualTo("escalate-overdue-action");
        assertThat(escalation.getVariablesAsMap()).containsEntry("actionId", "a-1");
        complete(escalation, Map.of());

        ActivatedJob overdue = onlyJob("send-email");
        assertThat(overdue.getElementId()).isEqualTo("send-action-overdue");
        assertThat(overdue.getCustomHeaders()).containsEntry("template", "action-overdue").containsEntry("letter", "action");
        assertThat(overdue.getVariablesAsMap().get("recipients")).isEqualTo(List.of(
                Map.of("person", OWNER),
                Map.of("role", "BOROUGH_LEAD", "organisation", "hackney")));
        assertThat(overdue.getVariablesAsMap()).containsEntry("actionId", "a-1").containsKeys("dueDate", "owner", "borough");
        complete(overdue, Map.of());

        assertThat(engine.completedElements(instance)).contains("owner-reminded", "action-escalated");
        assertThat(engine.activeElements(instance)).containsExactly("waiting-for-the-action", "complete-action");

        completeTheAction(onlyJob(USER_TASK));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("action-done");
    }

    @Test
    void eachActionStartsOnceHoweverOftenItIsPublished() {
        assertThatThrownBy(() -> publishActionAgreed("a-1")).isInstanceOf(ClientException.class);
        publishActionAgreed("a-2");

        assertThat(engine.activateJobs(USER_TASK))
                .extracting(job -> job.getVariablesAsMap().get("actionId"))
                .containsExactlyInAnyOrder("a-1", "a-2");
    }

    @Test
    void aNewDueDateReplacesTheTaskAndItsTimersFollowTheNewDate() {
        ActivatedJob task = onlyJob(USER_TASK);
        long instance = task.getProcessInstanceKey();

        // A week later, before the reminder: the due date moves on by ten days.
        engine.increaseTime(Duration.ofDays(7));
        Instant newDueAt = dueAt.plus(Duration.ofDays(10));
        Instant newReminderAt = reminderAt.plus(Duration.ofDays(10));
        String newDueDate = LocalDate.ofInstant(newDueAt, ZoneId.of("Europe/London")).toString();
        changeDueDate("a-1", newDueDate, newDueAt, newReminderAt);

        assertThatThrownBy(() -> engine.client().newCompleteCommand(task).variables(Map.of("completedBy", OWNER)).send().join())
                .isInstanceOf(ClientException.class);
        ActivatedJob close = onlyJob("close-open-tasks");
        assertThat(close.getElementId()).isEqualTo("close-action-task");
        assertThat(close.getProcessInstanceKey()).isEqualTo(instance);
        complete(close, Map.of());

        ActivatedJob renewed = onlyJob(USER_TASK);
        assertThat(renewed.getKey()).isNotEqualTo(task.getKey());
        assertThat(renewed.getElementId()).isEqualTo("complete-action");
        assertThat(ZonedDateTime.parse(renewed.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant()).isEqualTo(newDueAt);
        assertThat(renewed.getVariablesAsMap()).containsEntry("dueDate", newDueDate).containsEntry("dueAt", newDueAt.toString());
        assertThat(engine.activeElements(instance)).containsExactly("waiting-for-the-action", "complete-action");

        // Past the old reminder and the old due date: nothing.
        engine.increaseTime(Duration.ofDays(3).plusMinutes(1));
        assertThat(engine.activateJobs("send-email")).isEmpty();
        assertThat(engine.activateJobs("escalate-overdue-action")).isEmpty();
        assertThat(engine.activateJobs("close-open-tasks")).as("the change is carried out once").isEmpty();

        // The new reminder, then the new due date.
        engine.increaseTime(Duration.ofDays(8));
        ActivatedJob reminder = onlyJob("send-email");
        assertThat(reminder.getElementId()).isEqualTo("remind-owner");
        assertThat(reminder.getVariablesAsMap()).containsEntry("dueDate", newDueDate);
        complete(reminder, Map.of());
        engine.increaseTime(Duration.ofDays(2));
        ActivatedJob escalation = onlyJob("escalate-overdue-action");
        complete(escalation, Map.of());
        ActivatedJob overdue = onlyJob("send-email");
        assertThat(overdue.getElementId()).isEqualTo("send-action-overdue");
        assertThat(overdue.getVariablesAsMap()).containsEntry("dueDate", newDueDate);
        complete(overdue, Map.of());

        completeTheAction(onlyJob(USER_TASK));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("due-date-changed", "close-action-task", "action-escalated", "action-done");
    }

    @Test
    void aNewDueDateOfAnotherActionChangesNothing() {
        long instance = onlyJob(USER_TASK).getProcessInstanceKey();
        changeDueDate("a-2", "2099-01-01", dueAt.plus(Duration.ofDays(30)), reminderAt.plus(Duration.ofDays(30)));

        assertThat(engine.activateJobs("close-open-tasks")).isEmpty();
        assertThat(engine.activeElements(instance)).containsExactly("waiting-for-the-action", "complete-action");
    }

    /** What workflow-service publishes when an action gets a new due date. */
    private void changeDueDate(String actionId, String dueDate, Instant newDueAt, Instant newReminderAt) {
        engine.client().newPublishMessageCommand().messageName("action-due-date-changed").correlationKey(actionId)
                .variables(Map.of("dueDate", dueDate, "dueAt", newDueAt.toString(), "reminderAt", newReminderAt.toString()))
                .send().join();
    }

    /** As workflow-service completes it, having kept the owner's note and marked the action done. */
    private void completeTheAction(ActivatedJob task) {
        complete(task, Map.of("completedBy", OWNER));
    }

    /** What record-minutes publishes for each action it creates. */
    private void publishActionAgreed(String actionId) {
        engine.client().newPublishMessageCommand().messageName("action-agreed").correlationKey(actionId).messageId(actionId)
                .variables(Map.ofEntries(
                        entry("actionId", actionId),
                        entry("owner", OWNER),
                        entry("borough", "hackney"),
                        entry("dueDate", LocalDate.ofInstant(dueAt, ZoneId.of("Europe/London")).toString()),
                        entry("dueAt", dueAt.toString()),
                        entry("reminderAt", reminderAt.toString()),
                        entry("businessReference", actionId)))
                .send().join();
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        engine.client().newCompleteCommand(job).variables(variables).send().join();
    }

    private ActivatedJob onlyJob(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
