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

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Every path through champion-nomination.bpmn, on both engines, their clocks moved by the test. */
class ChampionNominationProcessTest extends ProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final String CANDIDATE = "practitioner.hackney";
    private static final String MANAGER = "borough-lead.hackney";

    private Instant reminderAt;
    private Instant escalationAt;

    @Override
    protected List<String> textVariables() {
        return List.of("reason", "declineReason", "practitionerRole", "teamName", "yearsInBorough");
    }

    @BeforeEach
    void deploy() {
        engine.deploy("bpmn/champion-nomination.bpmn");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reminderAt = now.plus(Duration.ofDays(5));
        escalationAt = now.plus(Duration.ofDays(10));
    }

    @Test
    void aCandidateWhoDeclinesEndsTheNomination() {
        long instance = nominate("NOMINATION");
        ActivatedJob confirm = onlyJobOf(USER_TASK);
        assertThat(confirm.getElementId()).isEqualTo("confirm-interest");
        assertThat(confirm.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "confirm-champion-interest")
                .containsEntry("io.camunda.zeebe:assignee", CANDIDATE);

        completeWith(confirm, Map.of("interested", false, "completedBy", CANDIDATE));

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("declined-by-candidate").doesNotContain("agree-release-time");
        assertThat(engine.activateJobs("champion-manager-dates")).isEmpty();
    }

    @Test
    void anApplicationTheLeadDeclinesEnds() {
        long instance = nominate("APPLICATION");
        ActivatedJob accept = onlyJobOf(USER_TASK);
        assertThat(accept.getElementId()).isEqualTo("accept-application");
        assertThat(accept.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "accept-champion-application")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"IMPLEMENTATION_LEAD\"]");

        completeWith(accept, Map.of("accepted", false, "completedBy", "implementation-lead.hackney"));

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("declined-by-lead").doesNotContain("confirm-interest");
    }

    @Test
    void anInterestedCandidateWhoseManagerAgreesBecomesAChampionInTraining() {
        long instance = nominate("NOMINATION");
        completeWith(onlyJobOf(USER_TASK), Map.of("interested", true, "completedBy", CANDIDATE));
        workOutManagerDates();

        ActivatedJob agree = onlyJobOf(USER_TASK);
        assertThat(agree.getElementId()).isEqualTo("agree-release-time");
        assertThat(agree.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "agree-champion-release-time")
                .containsEntry("io.camunda.zeebe:assignee", MANAGER);
        assertThat(ZonedDateTime.parse(agree.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant()).isEqualTo(escalationAt);
        completeWith(agree, Map.of("releaseAgreed", true, "completedBy", MANAGER));

        ActivatedJob start = onlyJobOf("start-champion");
        assertThat(start.getVariablesAsMap()).containsEntry("nominationId", "n-1").containsEntry("candidate", CANDIDATE);
        completeWith(start, Map.of());
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("champion-in-training")
                .doesNotContain("remind-manager", "tell-borough-lead", "declined-by-manager");
    }

    @Test
    void anAcceptedApplicationTheManagerDeclinesEnds() {
        long instance = nominate("APPLICATION");
        completeWith(onlyJobOf(USER_TASK), Map.of("accepted", true, "completedBy", "implementation-lead.hackney"));
        workOutManagerDates();
        completeWith(onlyJobOf(USER_TASK), Map.of("releaseAgreed", false, "completedBy", MANAGER));

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("declined-by-manager").doesNotContain("start-champion");
    }

    @Test
    void aManagerRemindedWhoThenAnswersKeepsTheTask() {
        long instance = nominate("NOMINATION");
        completeWith(onlyJobOf(USER_TASK), Map.of("interested", true, "completedBy", CANDIDATE));
        workOutManagerDates();
        ActivatedJob agree = onlyJobOf(USER_TASK);

        engine.increaseTime(Duration.ofDays(5).plusMinutes(1));
        ActivatedJob reminder = onlyJobOf("send-email");
        assertThat(reminder.getElementId()).isEqualTo("remind-manager");
        assertThat(reminder.getCustomHeaders()).containsEntry("template", "champion-manager-reminder");
        assertThat(reminder.getVariablesAsMap().get("recipients")).isEqualTo(List.of(Map.of("person", MANAGER)));
        assertThat(reminder.getVariablesAsMap()).containsEntry("dueDate", "2026-12-17");
        completeWith(reminder, Map.of());
        assertThat(engine.activeElements(instance)).containsExactly("agree-release-time");

        completeWith(agree, Map.of("releaseAgreed", true, "completedBy", MANAGER));
        completeWith(onlyJobOf("start-champion"), Map.of());
        assertThat(engine.completedElements(instance)).contains("manager-reminded", "champion-in-training")
                .doesNotContain("close-manager-task");
    }

    @Test
    void aSilentManagerIsRemindedThenTheBoroughLeadIsToldAndDecides() {
        long instance = nominate("NOMINATION");
        completeWith(onlyJobOf(USER_TASK), Map.of("interested", true, "completedBy", CANDIDATE));
        workOutManagerDates();
        ActivatedJob agree = onlyJobOf(USER_TASK);
        engine.increaseTime(Duration.ofDays(5).plusMinutes(1));
        completeWith(onlyJobOf("send-email"), Map.of());

        engine.increaseTime(Duration.ofDays(5));
        ActivatedJob close = onlyJobOf("close-open-tasks");
        assertThat(close.getElementId()).isEqualTo("close-manager-task");
        completeWith(close, Map.of());
        ActivatedJob told = onlyJobOf("send-email");
        assertThat(told.getElementId()).isEqualTo("tell-borough-lead");
        assertThat(told.getCustomHeaders()).containsEntry("template", "champion-manager-escalation");
        assertThat(told.getVariablesAsMap().get("recipients")).isEqualTo(List.of(
                Map.of("role", "BOROUGH_LEAD", "organisation", "hackney"), Map.of("person", MANAGER)));
        completeWith(told, Map.of());

        ActivatedJob escalated = onlyJobOf(USER_TASK);
        assertThat(escalated.getKey()).isNotEqualTo(agree.getKey());
        assertThat(escalated.getElementId()).isEqualTo("agree-release-time-escalated");
        assertThat(escalated.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "agree-champion-release-time")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"BOROUGH_LEAD\"]")
                .doesNotContainKey("io.camunda.zeebe:assignee");
        completeWith(escalated, Map.of("releaseAgreed", true, "completedBy", "borough-lead.hackney"));
        completeWith(onlyJobOf("start-champion"), Map.of());

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("manager-reminded", "tell-borough-lead", "champion-in-training");
    }

    /** What workflow-service's outbox publishes once the nomination is committed. */
    private long nominate(String route) {
        return engine.startByMessage("champion-nomination", "champion-nominated", "n-1", Map.ofEntries(
                entry("nominationId", "n-1"), entry("borough", "hackney"), entry("candidate", CANDIDATE),
                entry("lineManager", MANAGER), entry("teamId", "t-1"), entry("route", route), entry("businessReference", "n-1")));
    }

    /** What champion-manager-dates works out from the borough's calendar. */
    private void workOutManagerDates() {
        completeWith(onlyJobOf("champion-manager-dates"), Map.of("managerReminderAt", reminderAt.toString(),
                "managerEscalationAt", escalationAt.toString(), "managerDueDate", "2026-12-17"));
    }
}
