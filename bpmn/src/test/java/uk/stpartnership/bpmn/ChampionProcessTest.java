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

/** Every path through champion.bpmn, on both engines, their clocks moved by the test. */
class ChampionProcessTest extends ProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final String CHAMPION = "practitioner.hackney";
    private static final String MANAGER = "borough-lead.hackney";

    @Override
    protected List<String> textVariables() {
        return List.of("note", "reason", "endReason", "outcome", "teamName", "commitments");
    }

    @BeforeEach
    void deploy() {
        engine.deploy("bpmn/champion.bpmn");
    }

    @Test
    void aChampionWaitsForTheirPathwayThenSignsTheAgreementWithTheirManager() {
        long instance = start();
        assertThat(engine.activeElements(instance)).containsExactly("pathway-completed");
        assertThat(engine.activateJobs("champion-stage")).isEmpty();

        pathwayCompleted(Duration.ofDays(1));
        ActivatedJob trained = onlyJobOf("champion-stage");
        assertThat(trained.getElementId()).isEqualTo("record-trained");
        assertThat(trained.getCustomHeaders()).containsEntry("stage", "TRAINED");
        completeWith(trained, Map.of());

        List<ActivatedJob> signatures = engine.activateJobs(USER_TASK);
        assertThat(signatures).extracting(ActivatedJob::getElementId).containsExactlyInAnyOrder("sign-agreement", "countersign-agreement");
        ActivatedJob champion = signatures.stream().filter(j -> j.getElementId().equals("sign-agreement")).findFirst().orElseThrow();
        ActivatedJob manager = signatures.stream().filter(j -> j.getElementId().equals("countersign-agreement")).findFirst().orElseThrow();
        assertThat(champion.getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", CHAMPION)
                .containsEntry("io.camunda.zeebe:formKey", "sign-champion-agreement");
        assertThat(manager.getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", MANAGER)
                .containsEntry("io.camunda.zeebe:formKey", "countersign-champion-agreement");

        completeWith(champion, Map.of("signed", true, "completedBy", CHAMPION));
        assertThat(engine.activateJobs("champion-stage")).as("both signatures are needed").isEmpty();
        completeWith(manager, Map.of("signed", true, "completedBy", MANAGER));

        ActivatedJob active = onlyJobOf("champion-stage");
        assertThat(active.getElementId()).isEqualTo("record-active");
        assertThat(active.getCustomHeaders()).containsEntry("stage", "ACTIVE");
        completeWith(active, Map.of());
        assertThat(engine.activeElements(instance)).contains("active-champion", "leaving-date-recorded");
    }

    @Test
    void aPathwayCompletedBeforeTheProcessStartsIsKeptAndTaken() {
        pathwayCompleted(Duration.ofDays(30));
        long instance = start();

        ActivatedJob trained = onlyJobOf("champion-stage");
        assertThat(trained.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(trained.getElementId()).isEqualTo("record-trained");
        assertThat(engine.completedElements(instance)).contains("pathway-completed");
    }

    @Test
    void theImplementationLeadChecksInEveryQuarterWhileTheChampionIsActive() {
        long instance = active();
        assertThat(engine.activateJobs(USER_TASK)).isEmpty();

        engine.increaseTime(Duration.ofDays(93));
        ActivatedJob first = onlyJobOf(USER_TASK);
        assertThat(first.getElementId()).isEqualTo("check-in");
        assertThat(first.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "champion-check-in")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"IMPLEMENTATION_LEAD\"]");
        completeWith(first, Map.of("completedBy", "implementation-lead.hackney"));

        engine.increaseTime(Duration.ofDays(93));
        ActivatedJob second = onlyJobOf(USER_TASK);
        assertThat(second.getElementId()).isEqualTo("check-in");
        assertThat(second.getKey()).isNotEqualTo(first.getKey());
        completeWith(second, Map.of("completedBy", "implementation-lead.hackney"));
        assertThat(engine.completedElements(instance).stream().filter("checked-in"::equals)).hasSize(2);
        assertThat(engine.activeElements(instance)).contains("active-champion");
    }

    @Test
    void aChampionWhoStopsEndsTheAgreementAndTheLeadFindsAReplacementInTime() {
        long instance = active();
        engine.increaseTime(Duration.ofDays(93));
        onlyJobOf(USER_TASK); // a check-in still open when the champion stops

        stopped();
        ActivatedJob end = onlyJobOf("end-champion-agreement");
        assertThat(end.getVariablesAsMap()).containsEntry("championId", "ch-1");
        Instant dueAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(200)); // the clock is already a quarter on
        completeWith(end, Map.of("successionDueAt", dueAt.toString(), "successionDueDate", "2027-04-01"));
        ActivatedJob close = onlyJobOf("close-open-tasks");
        assertThat(close.getElementId()).isEqualTo("close-check-ins");
        completeWith(close, Map.of());

        ActivatedJob succession = onlyJobOf(USER_TASK);
        assertThat(succession.getElementId()).isEqualTo("find-replacement");
        assertThat(succession.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "champion-succession")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"IMPLEMENTATION_LEAD\"]");
        assertThat(ZonedDateTime.parse(succession.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant()).isEqualTo(dueAt);
        engine.increaseTime(Duration.ofDays(93));
        assertThat(engine.activateJobs(USER_TASK)).as("no more check-ins").extracting(ActivatedJob::getElementId)
                .doesNotContain("check-in");

        completeWith(succession, Map.of("completedBy", "implementation-lead.hackney"));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("champion-stopped", "succession-done")
                .doesNotContain("left-on-leaving-date", "tell-borough-lead-succession");
    }

    @Test
    void aChampionLeavesOnTheirLeavingDateAndAnOverdueSuccessionGoesToTheBoroughLead() {
        long instance = active();
        Instant leavingAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(20));
        engine.client().newPublishMessageCommand().messageName("champion-leaving-date").correlationKey("ch-1")
                .variables(Map.of("leavingAt", leavingAt.toString())).send().join();
        engine.waitForIdle();
        assertThat(engine.activeElements(instance)).contains("leaving-date-reached");
        assertThat(engine.activateJobs("end-champion-agreement")).isEmpty();

        engine.increaseTime(Duration.ofDays(20).plusMinutes(1));
        Instant dueAt = leavingAt.plus(Duration.ofDays(28));
        completeWith(onlyJobOf("end-champion-agreement"), Map.of("successionDueAt", dueAt.toString(), "successionDueDate", "2027-02-01"));
        completeWith(onlyJobOf("close-open-tasks"), Map.of());
        ActivatedJob succession = onlyJobOf(USER_TASK);

        engine.increaseTime(Duration.ofDays(28));
        ActivatedJob close = onlyJobOf("close-open-tasks");
        assertThat(close.getElementId()).isEqualTo("close-succession-task");
        completeWith(close, Map.of());
        ActivatedJob told = onlyJobOf("send-email");
        assertThat(told.getCustomHeaders()).containsEntry("template", "champion-succession-overdue");
        assertThat(told.getVariablesAsMap().get("recipients")).isEqualTo(List.of(
                Map.of("role", "BOROUGH_LEAD", "organisation", "hackney"), Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney")));
        assertThat(told.getVariablesAsMap()).containsEntry("dueDate", "2027-02-01");
        completeWith(told, Map.of());

        ActivatedJob escalated = onlyJobOf(USER_TASK);
        assertThat(escalated.getKey()).isNotEqualTo(succession.getKey());
        assertThat(escalated.getElementId()).isEqualTo("find-replacement-escalated");
        assertThat(escalated.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"BOROUGH_LEAD\"]");
        completeWith(escalated, Map.of("completedBy", "borough-lead.hackney"));

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("left-on-leaving-date", "tell-borough-lead-succession", "succession-done")
                .doesNotContain("champion-stopped");
    }

    @Test
    void aStopForAnotherChampionChangesNothing() {
        long instance = active();
        engine.client().newPublishMessageCommand().messageName("champion-stopped").correlationKey("ch-2").send().join();
        engine.waitForIdle();
        assertThat(engine.activateJobs("end-champion-agreement")).isEmpty();
        assertThat(engine.activeElements(instance)).contains("active-champion");
    }

    /** What the start-champion worker's outbox publishes. */
    private long start() {
        return engine.startByMessage("champion", "champion-agreed", "ch-1", Map.ofEntries(
                entry("championId", "ch-1"), entry("candidate", CHAMPION), entry("lineManager", MANAGER), entry("borough", "hackney"),
                entry("teamId", "t-1"), entry("checkInEvery", "R/P3M"), entry("businessReference", "ch-1")));
    }

    /** What the training feature publishes once the champion pathway is complete. */
    private void pathwayCompleted(Duration timeToLive) {
        engine.client().newPublishMessageCommand().messageName("training-pathway-completed").correlationKey("CHAMPION/" + CHAMPION)
                .timeToLive(timeToLive).send().join();
        engine.waitForIdle();
    }

    private void stopped() {
        engine.client().newPublishMessageCommand().messageName("champion-stopped").correlationKey("ch-1").send().join();
        engine.waitForIdle();
    }

    /** Started, trained, both signatures: an active champion. */
    private long active() {
        long instance = start();
        pathwayCompleted(Duration.ofDays(1));
        completeWith(onlyJobOf("champion-stage"), Map.of());
        for (ActivatedJob signature : engine.activateJobs(USER_TASK)) {
            completeWith(signature, Map.of("signed", true));
        }
        completeWith(onlyJobOf("champion-stage"), Map.of());
        return instance;
    }
}
