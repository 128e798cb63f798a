package uk.stpartnership.bpmn;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path through case-audit-round.bpmn, on both engines: two audited cases, one of them moderated; no
 * disagreement, or two resolved; a reminder and an overdue escalation while the tasks stay open; the agreement job
 * handed over twice.
 */
class CaseAuditRoundProcessTest extends ProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final String AUDITOR = "st-reviewer.hackney";
    private static final String OTHER_AUDITOR = "champion.hackney";
    private static final String MODERATOR = "borough-lead.hackney";

    private long instance;

    @Override
    protected List<String> textVariables() {
        return List.of("scores", "evidenceNote", "note", "caseReference", "team", "wording");
    }

    @BeforeEach
    void drawTheSample() {
        engine.deploy("bpmn/case-audit-round.bpmn");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        instance = engine.startByMessage("case-audit-round", "audit-round-sampled", "round-1", Map.ofEntries(
                entry("roundId", "round-1"), entry("borough", "hackney"), entry("businessReference", "CA-hackney-2026-1"),
                entry("dueDate", "2026-12-31"), entry("reminderAt", now.plus(Duration.ofDays(10)).toString()),
                entry("dueAt", now.plus(Duration.ofDays(15)).toString()),
                entry("audits", List.of(Map.of("auditCaseId", "case-1", "auditor", AUDITOR),
                        Map.of("auditCaseId", "case-2", "auditor", OTHER_AUDITOR))),
                entry("moderations", List.of(Map.of("auditCaseId", "case-1", "moderator", MODERATOR)))));
    }

    @Test
    void everyCaseScoredWithoutDisagreementGoesStraightToSignOffAndTheAgenda() {
        List<ActivatedJob> tasks = scoringTasks();
        assertThat(tasks).extracting(ActivatedJob::getElementId).containsExactly("audit-case", "audit-case", "moderate-case");
        assertThat(tasks).extracting(t -> t.getCustomHeaders().get("io.camunda.zeebe:assignee"))
                .containsExactly(AUDITOR, OTHER_AUDITOR, MODERATOR);
        assertThat(tasks).extracting(t -> t.getCustomHeaders().get("io.camunda.zeebe:formKey"))
                .containsExactly("audit-case", "audit-case", "moderate-case");
        assertThat(tasks).extracting(t -> t.getVariablesAsMap().get("auditCaseId")).containsExactly("case-1", "case-2", "case-1");
        assertThat(tasks).allSatisfy(t -> assertThat(t.getVariablesAsMap()).containsEntry("roundId", "round-1")
                .containsEntry("borough", "hackney").containsEntry("businessReference", "CA-hackney-2026-1"));
        completeWith(tasks.get(0), Map.of("completedBy", AUDITOR));
        completeWith(tasks.get(2), Map.of("completedBy", MODERATOR));
        assertThat(engine.activateJobs("audit-agreement")).as("the round waits for every case").isEmpty();
        completeWith(tasks.get(1), Map.of("completedBy", OTHER_AUDITOR));

        ActivatedJob compare = onlyJobOf("audit-agreement");
        assertThat(compare.getVariablesAsMap()).containsEntry("roundId", "round-1");
        completeWith(compare, Map.of("disagreements", List.of()));

        signOffAndPutOnTheAgenda();
        assertThat(engine.completedElements(instance)).contains("findings-signed-off")
                .doesNotContain("resolve-disagreement", "remind-auditor", "escalate-audit-case");
    }

    @Test
    void eachDisagreementIsResolvedByAnImplementationLeadBeforeTheFindingsAreSignedOff() {
        scoringTasks().forEach(task -> completeWith(task, Map.of()));
        completeWith(onlyJobOf("audit-agreement"), Map.of("disagreements",
                List.of(Map.of("disagreementId", "d-1"), Map.of("disagreementId", "d-2"))));

        List<ActivatedJob> resolutions = engine.activateJobs(USER_TASK).stream()
                .sorted(Comparator.comparing(t -> String.valueOf(t.getVariablesAsMap().get("disagreementId")))).toList();
        assertThat(resolutions).hasSize(2).allSatisfy(t -> {
            assertThat(t.getElementId()).isEqualTo("resolve-disagreement");
            assertThat(t.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "resolve-audit-disagreement")
                    .containsEntry("io.camunda.zeebe:candidateGroups", "[\"IMPLEMENTATION_LEAD\"]");
        });
        assertThat(resolutions).extracting(t -> t.getVariablesAsMap().get("disagreementId")).containsExactly("d-1", "d-2");
        completeWith(resolutions.get(0), Map.of("score", "MET"));
        assertThat(engine.activateJobs(USER_TASK)).as("no sign-off while a disagreement is open").isEmpty();
        completeWith(resolutions.get(1), Map.of("score", "NOT_MET"));

        signOffAndPutOnTheAgenda();
        assertThat(engine.completedElements(instance)).contains("resolve-disagreement", "findings-signed-off");
    }

    @Test
    void eachPersonIsRemindedBeforeTheDueDateAndTheirTaskStaysOpen() {
        List<ActivatedJob> tasks = scoringTasks();
        engine.increaseTime(Duration.ofDays(10).plusMinutes(1));

        List<ActivatedJob> reminders = emails();
        assertThat(reminders).extracting(ActivatedJob::getElementId).containsExactlyInAnyOrder("remind-auditor", "remind-auditor",
                "remind-moderator");
        assertThat(reminders).allSatisfy(r -> {
            assertThat(r.getCustomHeaders()).containsEntry("template", "audit-case-reminder");
            assertThat(r.getVariablesAsMap()).containsEntry("dueDate", "2026-12-31");
        });
        assertThat(reminders).extracting(r -> r.getVariablesAsMap().get("recipients")).containsExactlyInAnyOrder(
                List.of(Map.of("person", AUDITOR)), List.of(Map.of("person", OTHER_AUDITOR)), List.of(Map.of("person", MODERATOR)));
        reminders.forEach(r -> completeWith(r, Map.of()));
        assertThat(engine.activeElements(instance)).contains("audit-case", "moderate-case");

        tasks.forEach(task -> completeWith(task, Map.of()));
        completeWith(onlyJobOf("audit-agreement"), Map.of("disagreements", List.of()));
        signOffAndPutOnTheAgenda();
        assertThat(engine.completedElements(instance)).contains("auditor-reminded", "moderator-reminded", "findings-signed-off")
                .doesNotContain("escalate-audit-case", "escalate-moderate-case");
    }

    @Test
    void aCaseNotScoredByTheDueDateIsEscalatedToTheImplementationLeadsAndStillWaits() {
        List<ActivatedJob> tasks = scoringTasks();
        completeWith(tasks.get(0), Map.of());
        completeWith(tasks.get(2), Map.of());
        engine.increaseTime(Duration.ofDays(10).plusMinutes(1));
        completeWith(onlyJobOf("send-email"), Map.of());

        engine.increaseTime(Duration.ofDays(5));
        ActivatedJob escalation = onlyJobOf("send-email");
        assertThat(escalation.getElementId()).isEqualTo("escalate-audit-case");
        assertThat(escalation.getCustomHeaders()).containsEntry("template", "audit-case-overdue");
        assertThat(escalation.getVariablesAsMap().get("recipients")).isEqualTo(List.of(
                Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney"), Map.of("person", OTHER_AUDITOR)));
        completeWith(escalation, Map.of());
        assertThat(engine.activeElements(instance)).contains("audit-case").doesNotContain("compare-scores");

        completeWith(tasks.get(1), Map.of());
        completeWith(onlyJobOf("audit-agreement"), Map.of("disagreements", List.of()));
        signOffAndPutOnTheAgenda();
        assertThat(engine.completedElements(instance)).contains("audit-case-escalated", "findings-signed-off")
                .doesNotContain("moderate-case-escalated");
    }

    @Test
    void anAgreementJobHandedOverAgainGivesOneResolutionTaskPerDisagreement() {
        scoringTasks().forEach(task -> completeWith(task, Map.of()));
        ActivatedJob first = onlyJobOf("audit-agreement");
        engine.increaseTime(Duration.ofMinutes(2));
        ActivatedJob again = onlyJobOf("audit-agreement");
        assertThat(again.getKey()).as("the same job, its lock run out").isEqualTo(first.getKey());
        // The worker answers the same disagreements on the second delivery (AuditWorkersTest); the job completes once.
        completeWith(again, Map.of("disagreements", List.of(Map.of("disagreementId", "d-1"))));

        ActivatedJob resolution = onlyJobOf(USER_TASK);
        assertThat(resolution.getElementId()).isEqualTo("resolve-disagreement");
        completeWith(resolution, Map.of());
        signOffAndPutOnTheAgenda();
        assertThat(engine.hasCompleted(instance)).isTrue();
    }

    /** The three scoring tasks, the auditors' (case order) before the moderator's. */
    private List<ActivatedJob> scoringTasks() {
        List<ActivatedJob> tasks = engine.activateJobs(USER_TASK).stream()
                .sorted(Comparator.comparing((ActivatedJob t) -> t.getElementId())
                        .thenComparing(t -> String.valueOf(t.getVariablesAsMap().get("auditCaseId")))).toList();
        assertThat(tasks).hasSize(3);
        return tasks;
    }

    private List<ActivatedJob> emails() {
        return engine.activateJobs("send-email");
    }

    private void signOffAndPutOnTheAgenda() {
        ActivatedJob signOff = onlyJobOf(USER_TASK);
        assertThat(signOff.getElementId()).isEqualTo("sign-off-findings");
        assertThat(signOff.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "sign-off-audit-findings")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"BOROUGH_LEAD\"]");
        completeWith(signOff, Map.of("findingsRight", true));
        ActivatedJob agenda = onlyJobOf("audit-findings-to-agenda");
        assertThat(agenda.getVariablesAsMap()).containsEntry("roundId", "round-1");
        completeWith(agenda, Map.of());
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("findings-signed-off");
    }
}
