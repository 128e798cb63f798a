package uk.stpartnership.bpmn;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every path through complaint.bpmn, on the real engine in memory, its clock moved by the test; the workers are played by hand. */
class ComplaintProcessTest extends ProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final String COMPLAINT_ID = "c-1";
    private static final List<Map<String, String>> COMPLAINANT = List.of(Map.of("email", "complainant@example.test", "name", "A Complainant"));
    private static final List<Map<String, String>> OFFICERS = List.of(Map.of("role", "COMPLAINTS_OFFICER", "organisation", "hackney"));
    private static final List<Map<String, String>> MANAGERS = List.of(Map.of("role", "COMPLAINTS_MANAGER", "organisation", "hackney"));
    private static final List<Map<String, String>> WORKER_MANAGER = List.of(Map.of("email", "team.manager@hackney.test", "name", "Team Manager"));
    private static final String TASK_DUE_AT = "2025-01-20T17:00:00Z";
    /** Names that carried texts about the complaint or the family before; no record of the engine may hold them. */
    private static final List<String> TEXT_VARIABLES = List.of("draftResponse", "disclosureMatches", "protectedDetails", "complaintAbout",
            "managerBriefing", "workersComplainedAbout", "complainantRecipients", "workerManagerRecipients", "extensionReason",
            "finalTextNote", "report", "safeguards", "checks", "supportNote", "safetyPlan", "note");

    @Override
    protected List<String> textVariables() {
        return TEXT_VARIABLES;
    }

    private long instance;
    private Instant now;

    @BeforeEach
    void deployTheComplaintProcess() {
        engine.deploy("bpmn/complaint.bpmn");
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    // ---- acknowledgement ----

    @Test
    void theComplaintIsAcknowledgedInTime() {
        start(false);
        Instant due = deadlines("acknowledgement", 2);

        ActivatedJob acknowledge = userTask("acknowledge-complaint", "COMPLAINTS_OFFICER");
        assertThat(dueDate(acknowledge)).isEqualTo(due);
        assertThat(acknowledge.getVariablesAsMap()).containsEntry("businessReference", "HAC-C-2025-001");
        complete(acknowledge, Map.of());

        ActivatedJob email = letter("send-acknowledgement", "complaint-acknowledgement");
        complete(email, Map.of());
        assertThat(engine.activeElements(instance)).containsExactly("complaint-handling", "deadlines-stage1");

        advance(Duration.ofDays(3));
        assertThat(engine.activateJobs("send-email")).as("no reminder for a done task").isEmpty();
        assertThat(engine.activateJobs("record-complaint-stage")).isEmpty();
    }

    @Test
    void aLateAcknowledgementRemindsTheOfficerThenTellsTheManagerAndTheTaskStaysOpen() {
        start(false);
        deadlines("acknowledgement", 2);
        userTask("acknowledge-complaint", "COMPLAINTS_OFFICER");

        advance(Duration.ofDays(1).plusMinutes(1));
        holdTask("acknowledge-complaint", OFFICERS);
        ActivatedJob reminder = email("remind-acknowledgement", "complaint-deadline-reminder", OFFICERS);
        assertThat(reminder.getCustomHeaders()).containsEntry("task", "acknowledge-complaint");
        assertThat(reminder.getVariablesAsMap()).containsEntry("taskName", "Acknowledge the complaint").containsEntry("deadlineAt", TASK_DUE_AT);
        complete(reminder, Map.of());
        assertThat(engine.activateJobs("record-complaint-stage")).isEmpty();

        advance(Duration.ofDays(1));
        ActivatedJob missed = onlyJob("record-complaint-stage");
        assertThat(missed.getCustomHeaders()).containsEntry("stage", "deadline-missed").containsEntry("task", "acknowledge-complaint");
        recordMissed(missed, TASK_DUE_AT);
        ActivatedJob managerTold = email("send-acknowledgement-missed", "complaint-deadline-missed", MANAGERS);
        assertThat(managerTold.getVariablesAsMap()).containsEntry("taskName", "Acknowledge the complaint");
        complete(managerTold, Map.of());

        assertThat(engine.activeElements(instance)).containsExactly("complaint-handling", "acknowledgement-stage", "acknowledgement", "acknowledge-complaint");
        assertThat(engine.completedElements(instance)).contains("acknowledgement-reminded", "acknowledgement-missed");
        complete(userTask("acknowledge-complaint", "COMPLAINTS_OFFICER"), Map.of());
        complete(letter("send-acknowledgement", "complaint-acknowledgement"), Map.of());
        assertThat(engine.activeElements(instance)).containsExactly("complaint-handling", "deadlines-stage1");
    }

    // ---- stage 1 ----

    @Test
    void withoutAReviewTheStage1ResponseGoesOutAndTheComplaintIsResolvedWhenNoStage2IsAskedFor() {
        start(false);
        acknowledge();
        Instant due = deadlines("stage1", 10);
        tellWorkerManager();

        assertThat(engine.activeElements(instance)).doesNotContain("perpetrator-proofing-review");
        ActivatedJob respond = userTask("respond-stage1", "COMPLAINTS_OFFICER");
        assertThat(dueDate(respond)).isEqualTo(due);
        complete(respond, respondWith("draft-1", "NOT_UPHELD"));

        ActivatedJob screen = onlyJob("screen-response");
        assertThat(screen.getElementId()).isEqualTo("screen-stage1-response");
        assertThat(screen.getCustomHeaders()).containsEntry("stage", "stage1");
        assertThat(screen.getVariablesAsMap()).containsEntry("draftId", "draft-1").containsEntry("complaintId", COMPLAINT_ID);
        complete(screen, Map.of());

        ActivatedJob send = letter("send-stage1-response", "complaint-response");
        assertThat(send.getCustomHeaders()).containsEntry("stage", "stage1").doesNotContainKey("ombudsman");
        complete(send, Map.of());
        recordStage("stage1-responded");
        Instant windowCloses = requestWindow("stage2");

        assertThat(engine.activeElements(instance)).contains("await-stage2-request");
        advance(Duration.between(now, windowCloses).minusHours(1));
        assertThat(engine.hasCompleted(instance)).isFalse();
        advance(Duration.ofHours(2));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("resolved-at-stage1", "complaint-handling", "complaint-closed")
                .doesNotContain("confirm-stage1-final-text", "perpetrator-proofing-review", "stage1-reminded");
    }

    @Test
    void whenAReviewIsRequiredNoResponseTaskStartsUntilTheReviewIsDone() {
        start(true);
        acknowledge();
        Instant due = deadlines("stage1", 10);

        List<ActivatedJob> tasks = engine.activateJobs(USER_TASK);
        assertThat(tasks).extracting(ActivatedJob::getElementId).containsExactly("perpetrator-proofing-review");
        ActivatedJob review = tasks.get(0);
        assertThat(review.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "perpetrator-proofing-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"ST_REVIEWER\"]");
        assertThat(dueDate(review)).isEqualTo(due);
        assertThat(engine.activeElements(instance)).doesNotContain("respond-stage1");

        // workflow-service keeps the checks, their notes and the safeguards; the process gets the conclusion.
        complete(review, Map.of("conclusion", "YES"));

        // A pattern of systems abuse: the worker's manager is told (workflow-service leaves out the complainant's words), and
        // support is agreed alongside the response.
        assertThat(tellWorkerManager().getVariablesAsMap()).containsEntry("conclusion", "YES");
        List<ActivatedJob> next = engine.activateJobs(USER_TASK);
        assertThat(next).extracting(ActivatedJob::getElementId).containsExactlyInAnyOrder("respond-stage1", "agree-worker-support");
        ActivatedJob respond = next.stream().filter(task -> task.getElementId().equals("respond-stage1")).findFirst().orElseThrow();
        assertThat(respond.getVariablesAsMap()).containsEntry("conclusion", "YES");
        ActivatedJob support = next.stream().filter(task -> task.getElementId().equals("agree-worker-support")).findFirst().orElseThrow();
        assertThat(support.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "agree-worker-support")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"COMPLAINTS_MANAGER\"]");
        complete(support, Map.of("supportAgreed", true, "safetyPlanNeeded", false));
        assertThat(engine.completedElements(instance)).contains("worker-support-agreed");
        assertThat(engine.activeElements(instance)).contains("respond-stage1");
    }

    @Test
    void whenTheReviewFindsNoPatternTheManagerHearsWhatTheComplaintIsAboutAndNoSupportTaskStarts() {
        start(true);
        acknowledge();
        deadlines("stage1", 10);
        complete(userTask("perpetrator-proofing-review", "ST_REVIEWER"), Map.of("conclusion", "NO"));

        assertThat(tellWorkerManager().getVariablesAsMap()).containsEntry("conclusion", "NO");
        assertThat(userTask("respond-stage1", "COMPLAINTS_OFFICER")).isNotNull();
        assertThat(engine.activeElements(instance)).doesNotContain("agree-worker-support");
    }

    @Test
    void aResponseThatDisclosesIsRevisedScreenedAgainAndConfirmedByTheReviewerBeforeItGoes() {
        start(true);
        acknowledge();
        deadlines("stage1", 10);
        complete(userTask("perpetrator-proofing-review", "ST_REVIEWER"), Map.of("conclusion", "UNCLEAR"));
        tellWorkerManager();
        complete(userTask("respond-stage1", "COMPLAINTS_OFFICER"), respondWith("draft-2", "PARTLY_UPHELD"));

        ActivatedJob screen = onlyJob("screen-response");
        blocked(screen, 2);

        // Only the fact and the count reach the process; the task shows what matched from workflow-service.
        ActivatedJob revise = userTask("revise-stage1-response", "COMPLAINTS_OFFICER");
        assertThat(revise.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "revise-response");
        assertThat(revise.getVariablesAsMap()).containsEntry("draftBlocked", true).containsEntry("disclosureCount", 2)
                .containsEntry("draftId", "draft-2");
        assertThat(engine.activateJobs("send-email")).isEmpty();
        complete(revise, Map.of("draftId", "draft-revised"));

        ActivatedJob again = onlyJob("screen-response");
        assertThat(again.getVariablesAsMap()).containsEntry("draftId", "draft-revised");
        complete(again, Map.of());

        // The reviewer sends it back once, then confirms it; nothing goes out before.
        ActivatedJob confirm = userTask("confirm-stage1-final-text", "ST_REVIEWER");
        assertThat(confirm.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "confirm-final-text");
        assertThat(engine.activateJobs("send-email")).isEmpty();
        complete(confirm, Map.of("finalTextConfirmed", false));
        complete(userTask("revise-stage1-response", "COMPLAINTS_OFFICER"), Map.of("draftId", "draft-final"));
        complete(onlyJob("screen-response"), Map.of());
        complete(userTask("confirm-stage1-final-text", "ST_REVIEWER"), Map.of("finalTextConfirmed", true));

        ActivatedJob send = letter("send-stage1-response", "complaint-response");
        assertThat(send.getVariablesAsMap()).containsEntry("draftId", "draft-final");
        complete(send, Map.of());
        recordStage("stage1-responded");
        assertThat(engine.completedElements(instance)).contains("stage1-disclosure-found")
                .filteredOn(element -> element.equals("revise-stage1-response")).hasSize(2);
        assertThat(engine.completedElements(instance)).filteredOn(element -> element.equals("screen-stage1-response")).hasSize(2);
    }

    @Test
    void withoutAReviewADraftThatDisclosedStillNeedsTheReviewerToConfirmTheFinalText() {
        start(false);
        acknowledge();
        deadlines("stage1", 10);
        tellWorkerManager();
        complete(userTask("respond-stage1", "COMPLAINTS_OFFICER"), respondWith("draft-3", "NOT_UPHELD"));
        blocked(onlyJob("screen-response"), 1);
        complete(userTask("revise-stage1-response", "COMPLAINTS_OFFICER"), Map.of("draftId", "draft-revised"));
        complete(onlyJob("screen-response"), Map.of());

        assertThat(engine.activateJobs("send-email")).isEmpty();
        complete(userTask("confirm-stage1-final-text", "ST_REVIEWER"), Map.of("finalTextConfirmed", true));
        assertThat(letter("send-stage1-response", "complaint-response").getVariablesAsMap()).containsEntry("draftId", "draft-revised");
    }

    @Test
    void aComplainantWithoutAnEmailAddressGetsTheScreenedResponseByPost() {
        start(false, true);
        deadlines("acknowledgement", 2);
        complete(userTask("acknowledge-complaint", "COMPLAINTS_OFFICER"), Map.of());
        complete(letter("send-acknowledgement", "complaint-acknowledgement"), Map.of());
        deadlines("stage1", 10);
        tellWorkerManager();
        complete(userTask("respond-stage1", "COMPLAINTS_OFFICER"), respondWith("draft-4", "UPHELD"));
        complete(onlyJob("screen-response"), Map.of());
        complete(letter("send-stage1-response", "complaint-response"), Map.of());

        ActivatedJob post = userTask("post-stage1-response", "COMPLAINTS_OFFICER");
        assertThat(post.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "post-response");
        assertThat(post.getVariablesAsMap()).containsEntry("draftId", "draft-4");
        assertThat(engine.activateJobs("record-complaint-stage")).isEmpty();
        complete(post, Map.of("postedOn", "2025-01-20"));
        recordStage("stage1-responded");
        assertThat(engine.completedElements(instance)).contains("post-stage1-response");
    }

    @Test
    void theManagerGrantsOneStage1ExtensionTheComplainantIsToldAndASecondIsNotOffered() {
        start(false);
        acknowledge();
        Instant firstDue = deadlines("stage1", 10);
        tellWorkerManager();
        complete(userTask("respond-stage1", "COMPLAINTS_OFFICER"), Map.of("decision", "EXTEND"));

        ActivatedJob decide = userTask("decide-stage1-extension", "COMPLAINTS_MANAGER");
        assertThat(decide.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "decide-extension");
        assertThat(dueDate(decide)).isEqualTo(firstDue);
        complete(decide, Map.of("extensionApproved", true));

        Instant newDue = deadlines("stage1-extended", 20);
        ActivatedJob told = letter("send-stage1-extension", "complaint-extension");
        assertThat(told.getVariablesAsMap()).containsEntry("deadlineAt", newDue.toString()).doesNotContainKey("extensionReason");
        complete(told, Map.of());

        ActivatedJob respond = userTask("respond-stage1", "COMPLAINTS_OFFICER");
        assertThat(dueDate(respond)).isEqualTo(newDue);
        assertThat(respond.getVariablesAsMap()).containsEntry("stage1Extended", true);

        // A second EXTEND is not offered: the task comes back, no manager's decision.
        complete(respond, Map.of("decision", "EXTEND"));
        ActivatedJob back = userTask("respond-stage1", "COMPLAINTS_OFFICER");
        assertThat(back.getKey()).isNotEqualTo(respond.getKey());
        assertThat(engine.activateJobs("complaint-deadlines")).isEmpty();

        // Nothing at the first deadline; the reminder and the missed deadline follow the extended one.
        advance(Duration.ofDays(11));
        assertThat(engine.activateJobs("send-email")).isEmpty();
        assertThat(engine.activateJobs("record-complaint-stage")).isEmpty();
        advance(Duration.ofDays(7).plusMinutes(1));
        // The officer who claimed the task is the one reminded.
        List<Map<String, String>> claimedBy = List.of(Map.of("person", "complaints-officer.hackney"));
        holdTask("respond-stage1", claimedBy);
        complete(email("remind-stage1", "complaint-deadline-reminder", claimedBy), Map.of());
        advance(Duration.ofDays(2));
        ActivatedJob missed = onlyJob("record-complaint-stage");
        assertThat(missed.getCustomHeaders()).containsEntry("stage", "deadline-missed").containsEntry("task", "respond-stage1");
        assertThat(engine.completedElements(instance)).containsOnlyOnce("decide-stage1-extension");
    }

    @Test
    void aRefusedExtensionKeepsTheDeadlineAndIsNotOfferedAgain() {
        start(false);
        acknowledge();
        Instant due = deadlines("stage1", 10);
        tellWorkerManager();
        complete(userTask("respond-stage1", "COMPLAINTS_OFFICER"), Map.of("decision", "EXTEND"));
        complete(userTask("decide-stage1-extension", "COMPLAINTS_MANAGER"), Map.of("extensionApproved", false));

        assertThat(engine.activateJobs("send-email")).isEmpty();
        assertThat(engine.activateJobs("complaint-deadlines")).isEmpty();
        ActivatedJob respond = userTask("respond-stage1", "COMPLAINTS_OFFICER");
        assertThat(dueDate(respond)).isEqualTo(due);
        complete(respond, Map.of("decision", "EXTEND"));
        complete(userTask("respond-stage1", "COMPLAINTS_OFFICER"), respondWith("draft-5", "UPHELD"));
        assertThat(onlyJob("screen-response").getElementId()).isEqualTo("screen-stage1-response");
    }

    @Test
    void workerSupportKeepsItsOwnDeadlineWhenStage1IsExtendedAndMissingItReportsThatDate() {
        start(true);
        acknowledge();
        Instant stage1Due = deadlines("stage1", 10);
        complete(userTask("perpetrator-proofing-review", "ST_REVIEWER"), Map.of("conclusion", "YES"));
        tellWorkerManager();
        List<ActivatedJob> both = engine.activateJobs(USER_TASK);
        ActivatedJob support = both.stream().filter(task -> task.getElementId().equals("agree-worker-support")).findFirst().orElseThrow();
        ActivatedJob respond = both.stream().filter(task -> task.getElementId().equals("respond-stage1")).findFirst().orElseThrow();
        assertThat(dueDate(support)).isEqualTo(stage1Due);
        assertThat(support.getVariablesAsMap()).containsEntry("deadlineAt", stage1Due.toString());

        // Stage 1 is extended while the support task is open: the process's deadline moves, the task's does not.
        complete(respond, Map.of("decision", "EXTEND"));
        complete(onlyJob(USER_TASK), Map.of("extensionApproved", true));
        Instant extended = deadlines("stage1-extended", 20);
        complete(letter("send-stage1-extension", "complaint-extension"), Map.of());

        advance(Duration.ofDays(8).plusMinutes(1));
        holdTask("agree-worker-support", MANAGERS);
        complete(email("remind-agree-worker-support", "complaint-deadline-reminder", MANAGERS), Map.of());
        advance(Duration.ofDays(2));
        ActivatedJob missed = onlyJob("record-complaint-stage");
        assertThat(missed.getCustomHeaders()).containsEntry("task", "agree-worker-support");
        assertThat(missed.getVariablesAsMap()).containsEntry("deadlineAt", extended.toString());
        recordMissed(missed, stage1Due.toString());
        ActivatedJob managerTold = email("send-agree-worker-support-missed", "complaint-deadline-missed", MANAGERS);
        assertThat(managerTold.getVariablesAsMap()).as("its own deadline, not stage 1's extended one")
                .containsEntry("deadlineAt", stage1Due.toString()).containsEntry("taskName", "Agree support for the worker");
        complete(managerTold, Map.of());
        assertThat(engine.activeElements(instance)).contains("agree-worker-support", "respond-stage1");
    }

    // ---- stage 2 and stage 3 ----

    @Test
    void stage2IsInvestigatedAndAnsweredAndTheComplaintIsResolvedWhenNoStage3IsAskedFor() {
        runToStage2();
        ActivatedJob investigate = userTask("investigate-stage2", "COMPLAINTS_MANAGER");
        complete(investigate, respondWith("draft-6", "PARTLY_UPHELD"));
        ActivatedJob screen = onlyJob("screen-response");
        assertThat(screen.getCustomHeaders()).containsEntry("stage", "stage2");
        complete(screen, Map.of());
        ActivatedJob send = letter("send-stage2-response", "complaint-response");
        assertThat(send.getCustomHeaders()).containsEntry("stage", "stage2");
        complete(send, Map.of());
        recordStage("stage2-responded");

        // The worker may return the window as deadlineAt only: it becomes stage3RequestDeadlineAt.
        ActivatedJob window = onlyJob("complaint-deadlines");
        assertThat(window.getCustomHeaders()).containsEntry("stage", "stage3-request-window");
        Instant closes = now.plus(Duration.ofDays(28));
        complete(window, Map.of("deadlineAt", closes.toString(), "reminderAt", now.plus(Duration.ofDays(26)).toString()));

        advance(Duration.ofDays(27));
        assertThat(engine.hasCompleted(instance)).isFalse();
        advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("stage2-requested", "resolved-at-stage2", "complaint-closed");
    }

    @Test
    void aMissedStage2DeadlineRemindsThenEscalatesToTheManagerAndTheInvestigationStaysOpen() {
        runToStage2();
        userTask("investigate-stage2", "COMPLAINTS_MANAGER");

        advance(Duration.ofDays(23).plusMinutes(1));
        holdTask("investigate-stage2", MANAGERS);
        ActivatedJob reminder = email("remind-stage2", "complaint-deadline-reminder", MANAGERS);
        complete(reminder, Map.of());
        advance(Duration.ofDays(2));
        ActivatedJob missed = onlyJob("record-complaint-stage");
        assertThat(missed.getCustomHeaders()).containsEntry("stage", "deadline-missed").containsEntry("task", "investigate-stage2");
        // The stage's clock is drawn once: workflow-service records whichever of the stage's tasks was started last.
        assertThat(missed.getCustomHeaders()).containsEntry("stageTasks",
                "decide-stage2-extension,revise-stage2-response,confirm-stage2-final-text,post-stage2-response");
        recordMissed(missed, TASK_DUE_AT);
        complete(email("send-stage2-missed", "complaint-deadline-missed", MANAGERS), Map.of());

        assertThat(engine.activeElements(instance)).containsExactly("complaint-handling", "stage2-stage", "stage2", "investigate-stage2");
        assertThat(userTask("investigate-stage2", "COMPLAINTS_MANAGER")).isNotNull();
    }

    @Test
    void stage3GoesThroughThePanelItsReportAndTheCouncilResponseWhichSignpostsTheOmbudsman() {
        runToStage2();
        complete(userTask("investigate-stage2", "COMPLAINTS_MANAGER"), respondWith("draft-7", "NOT_UPHELD"));
        complete(onlyJob("screen-response"), Map.of());
        complete(letter("send-stage2-response", "complaint-response"), Map.of());
        recordStage("stage2-responded");
        requestWindow("stage3");
        publish("stage3-requested", COMPLAINT_ID);

        Instant panelDue = deadlines("stage3-panel", 30);
        ActivatedJob convene = userTask("convene-panel", "COMPLAINTS_MANAGER");
        assertThat(dueDate(convene)).isEqualTo(panelDue);
        complete(convene, Map.of("panelDate", "2025-03-01"));
        Instant reportDue = deadlines("stage3-report", 5);
        ActivatedJob report = userTask("panel-report", "COMPLAINTS_MANAGER");
        assertThat(dueDate(report)).isEqualTo(reportDue);
        complete(report, Map.of());
        Instant responseDue = deadlines("stage3-response", 15);
        ActivatedJob council = userTask("council-response", "COMPLAINTS_MANAGER");
        assertThat(dueDate(council)).isEqualTo(responseDue);
        complete(council, respondWith("draft-8", "PARTLY_UPHELD"));

        ActivatedJob screen = onlyJob("screen-response");
        assertThat(screen.getCustomHeaders()).containsEntry("stage", "stage3");
        complete(screen, Map.of());
        ActivatedJob send = letter("send-stage3-response", "complaint-final-response");
        assertThat(send.getCustomHeaders()).containsEntry("stage", "stage3");
        complete(send, Map.of());
        recordStage("stage3-responded");

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("stage3-requested", "ombudsman-signposted", "complaint-closed")
                .doesNotContain("resolved-at-stage2");
    }

    // ---- withdrawal and early resolution ----

    @Test
    void aComplaintWithdrawnWhileATaskIsOpenClosesTheTaskAndEnds() {
        start(false);
        deadlines("acknowledgement", 2);
        ActivatedJob acknowledge = userTask("acknowledge-complaint", "COMPLAINTS_OFFICER");

        publish("complaint-withdrawn", "c-2");
        assertThat(engine.activateJobs("close-open-tasks")).as("another complaint's withdrawal").isEmpty();
        publish("complaint-withdrawn", COMPLAINT_ID);

        ActivatedJob close = onlyJob("close-open-tasks");
        assertThat(close.getElementId()).isEqualTo("close-tasks-withdrawn");
        complete(close, Map.of());
        ActivatedJob record = onlyJob("record-complaint-stage");
        assertThat(record.getCustomHeaders()).containsEntry("stage", "withdrawn");
        complete(record, Map.of());

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("complaint-withdrawn", "complaint-withdrawn-end").doesNotContain("complaint-closed");
        assertThat(engine.activateJobs(USER_TASK)).isEmpty();
        assertThatThrownBy(() -> engine.client().newCompleteCommand(acknowledge).send().join()).isInstanceOf(ClientException.class);
        advance(Duration.ofDays(3));
        assertThat(engine.activateJobs("send-email")).as("the task's timers are gone").isEmpty();
    }

    @Test
    void aComplaintResolvedEarlyEndsAtStage1() {
        start(false);
        acknowledge();
        deadlines("stage1", 10);
        tellWorkerManager();
        userTask("respond-stage1", "COMPLAINTS_OFFICER");

        publish("complaint-resolved-early", COMPLAINT_ID);
        complete(onlyJob("close-open-tasks"), Map.of());
        ActivatedJob record = onlyJob("record-complaint-stage");
        assertThat(record.getElementId()).isEqualTo("record-resolved-early");
        assertThat(record.getCustomHeaders()).containsEntry("stage", "resolved-early");
        complete(record, Map.of());

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("complaint-resolved-early-end").doesNotContain("complaint-closed");
        assertThat(engine.activateJobs(USER_TASK)).isEmpty();
    }

    // ---- helpers ----

    private void start(boolean reviewRequired) {
        start(reviewRequired, false);
    }

    /** As workflow-service starts it: identifiers and safe facts only, no text, no address. */
    private void start(boolean reviewRequired, boolean byPost) {
        instance = engine.startByMessage("complaint", "complaint-recorded", COMPLAINT_ID, Map.of("complaintId", COMPLAINT_ID,
                "borough", "hackney", "businessReference", "HAC-C-2025-001", "receivedOn", "2025-01-06", "reviewRequired", reviewRequired,
                "complainantByPost", byPost));
    }

    private void acknowledge() {
        deadlines("acknowledgement", 2);
        complete(userTask("acknowledge-complaint", "COMPLAINTS_OFFICER"), Map.of());
        complete(letter("send-acknowledgement", "complaint-acknowledgement"), Map.of());
    }

    private void runToStage2() {
        start(false);
        acknowledge();
        deadlines("stage1", 10);
        tellWorkerManager();
        complete(userTask("respond-stage1", "COMPLAINTS_OFFICER"), respondWith("draft-9", "NOT_UPHELD"));
        complete(onlyJob("screen-response"), Map.of());
        complete(letter("send-stage1-response", "complaint-response"), Map.of());
        recordStage("stage1-responded");
        requestWindow("stage2");
        publish("stage2-requested", "c-2");
        assertThat(engine.activateJobs("complaint-deadlines")).isEmpty();
        publish("stage2-requested", COMPLAINT_ID);
        deadlines("stage2", 25);
    }

    /** Plays complaint-deadlines: the deadline in `days` days, the reminder two days before (one for a deadline two days off). */
    private Instant deadlines(String stage, int days) {
        ActivatedJob job = onlyJob("complaint-deadlines");
        assertThat(job.getCustomHeaders()).containsEntry("stage", stage);
        assertThat(job.getVariablesAsMap()).containsEntry("borough", "hackney");
        Instant deadlineAt = now.plus(Duration.ofDays(days));
        complete(job, Map.of("deadlineAt", deadlineAt.toString(), "reminderAt", deadlineAt.minus(Duration.ofDays(days > 2 ? 2 : 1)).toString()));
        return deadlineAt;
    }

    /** Plays task-holders: who holds the task the reminder is for, and the task's own due date (from its inbox entry). */
    private void holdTask(String task, List<Map<String, String>> holders) {
        ActivatedJob job = onlyJob("task-holders");
        assertThat(job.getCustomHeaders()).containsEntry("task", task);
        complete(job, Map.of("taskHolders", holders, "taskDueAt", TASK_DUE_AT));
    }

    /** Plays record-complaint-stage for a missed deadline: it answers the task's own deadline, as its inbox entry has it. */
    private void recordMissed(ActivatedJob missed, String dueAt) {
        assertThat(missed.getCustomHeaders()).containsEntry("stage", "deadline-missed");
        complete(missed, Map.of("taskDueAt", dueAt));
    }

    /** Plays screen-response finding protected details: only the fact and the count go with the error. */
    private void blocked(ActivatedJob screen, int count) {
        engine.client().newThrowErrorCommand(screen).errorCode("DISCLOSURE").errorMessage("The draft response names protected details")
                .variables(Map.of("draftBlocked", true, "disclosureCount", count)).send().join();
    }

    private ActivatedJob tellWorkerManager() {
        ActivatedJob email = letter("tell-worker-manager", "complaint-worker-manager");
        complete(email, Map.of());
        return email;
    }

    private Instant requestWindow(String next) {
        ActivatedJob job = onlyJob("complaint-deadlines");
        assertThat(job.getCustomHeaders()).containsEntry("stage", next + "-request-window");
        Instant closes = now.plus(Duration.ofDays(28));
        complete(job, Map.of(next + "RequestDeadlineAt", closes.toString()));
        assertThat(engine.activeElements(instance)).contains("await-" + next + "-request");
        return closes;
    }

    private void recordStage(String stage) {
        ActivatedJob job = onlyJob("record-complaint-stage");
        assertThat(job.getCustomHeaders()).containsEntry("stage", stage);
        complete(job, Map.of());
    }

    /** As workflow-service completes a response task: the draft's id (the text stays in workflow-service) and the outcome. */
    private static Map<String, Object> respondWith(String draftId, String outcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", "RESPOND");
        variables.put("draftId", draftId);
        variables.put("outcome", outcome);
        return variables;
    }

    private ActivatedJob userTask(String elementId, String candidateGroup) {
        ActivatedJob task = onlyJob(USER_TASK);
        assertThat(task.getElementId()).isEqualTo(elementId);
        assertThat(task.getCustomHeaders())
                .containsKeys("io.camunda.zeebe:formKey", "io.camunda.zeebe:dueDate")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"" + candidateGroup + "\"]");
        return task;
    }

    /** A complaint email: workflow-service names who gets it and gives its texts (header letter), so the job carries neither. */
    private ActivatedJob letter(String elementId, String template) {
        ActivatedJob email = onlyJob("send-email");
        assertThat(email.getElementId()).isEqualTo(elementId);
        assertThat(email.getCustomHeaders()).containsEntry("template", template).containsEntry("letter", "complaint");
        assertThat(email.getVariablesAsMap()).containsEntry("businessReference", "HAC-C-2025-001").containsEntry("complaintId", COMPLAINT_ID)
                .doesNotContainKey("recipients");
        return email;
    }

    private ActivatedJob email(String elementId, String template, List<Map<String, String>> recipients) {
        ActivatedJob email = onlyJob("send-email");
        assertThat(email.getElementId()).isEqualTo(elementId);
        assertThat(email.getCustomHeaders()).containsEntry("template", template);
        assertThat(email.getVariablesAsMap().get("recipients")).isEqualTo(recipients);
        assertThat(email.getVariablesAsMap()).containsEntry("businessReference", "HAC-C-2025-001");
        return email;
    }

    private static Instant dueDate(ActivatedJob task) {
        return ZonedDateTime.parse(task.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant();
    }

    private void publish(String message, String complaintId) {
        engine.client().newPublishMessageCommand().messageName(message).correlationKey(complaintId).send().join();
    }

    private void advance(Duration duration) {
        engine.increaseTime(duration);
        now = now.plus(duration);
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
