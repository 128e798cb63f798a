package uk.stpartnership.bpmn;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Every path through audit-follow-up.bpmn, on both engines in memory, their clocks moved by the test. */
class AuditFollowUpProcessTest extends ProcessTest {

    private static final String ROUND = "round-1";
    private static final String MISSED = "audit-follow-up-missed";

    private Instant followUpDueAt;
    /** The engine's time, as this test moves it. */
    private Instant now;

    @Override
    protected List<String> textVariables() {
        return List.of("roundReference", "cohortDescription", "steeringMeeting", "note");
    }

    @BeforeEach
    void deploy() {
        engine.deploy("bpmn/audit-follow-up.bpmn");
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        followUpDueAt = now.plus(Duration.ofDays(30));
    }

    @Test
    void aFollowUpPlannedBeforeItIsDueEndsTheCommitmentAndTheSteeringGroupHearsNothing() {
        long instance = promise(ROUND);

        pass(Duration.ofDays(10));
        publish("audit-follow-up-started", ROUND);

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("started-in-time", "follow-up-started")
                .doesNotContain("put-on-steering-agenda", "follow-up-cancelled");
        pass(Duration.ofDays(30));
        assertThat(engine.activateJobs(MISSED)).isEmpty();
        assertThat(engine.activateJobs("send-email")).isEmpty();
    }

    @Test
    void aFollowUpPlannedJustBeforeTheCommitmentWaitsIsKept() {
        // The outbox may send the follow-up's message before the baseline's start has reached the engine.
        publish("audit-follow-up-started", ROUND);
        long instance = promise(ROUND);

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("follow-up-started");
    }

    @Test
    void aMissedFollowUpGoesOnTheSteeringAgendaAndTheGroupIsToldUntilItStarts() {
        long instance = promise(ROUND);

        pass(Duration.ofDays(29));
        assertThat(engine.activateJobs(MISSED)).as("not due yet").isEmpty();
        pass(Duration.ofDays(1).plusMinutes(1));
        nextSteeringMeetingPassesIn(Duration.ofDays(12));

        publish("audit-follow-up-started", ROUND);
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("follow-up-due", "put-on-steering-agenda", "tell-steering-group",
                "started-late", "follow-up-started").doesNotContain("started-in-time", "follow-up-cancelled");
        pass(Duration.ofDays(20));
        assertThat(engine.activateJobs(MISSED)).as("no more looks once started").isEmpty();
    }

    @Test
    void aMissedFollowUpIsRaisedAtEachSteeringMeetingUntilItIsCancelled() {
        long instance = promise(ROUND);
        pass(Duration.ofDays(30).plusMinutes(1));
        nextSteeringMeetingPassesIn(Duration.ofDays(12));

        pass(Duration.ofDays(11));
        assertThat(engine.activateJobs(MISSED)).as("the meeting has not passed yet").isEmpty();
        pass(Duration.ofDays(1).plusMinutes(1));
        nextSteeringMeetingPassesIn(Duration.ofDays(14));

        publish("audit-follow-up-cancelled", ROUND);
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("next-steering-meeting", "cancelled-late", "follow-up-cancelled")
                .doesNotContain("follow-up-started");
        assertThat(engine.completedElements(instance).stream().filter("put-on-steering-agenda"::equals)).hasSize(2);
        assertThat(engine.completedElements(instance).stream().filter("tell-steering-group"::equals)).hasSize(2);
    }

    @Test
    void aFollowUpCancelledBeforeItIsDueEndsTheCommitment() {
        long instance = promise(ROUND);
        publish("audit-follow-up-started", "another-round");
        publish("audit-follow-up-cancelled", ROUND);

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("cancelled-in-time", "follow-up-cancelled")
                .doesNotContain("follow-up-started", "put-on-steering-agenda");
    }

    @Test
    void anAgendaJobFailedAndDeliveredAgainTellsTheSteeringGroupOnce() {
        long instance = promise(ROUND);
        pass(Duration.ofDays(30).plusMinutes(1));

        ActivatedJob first = onlyJobOf(MISSED);
        engine.client().newFailCommand(first).retries(first.getRetries() - 1).errorMessage("the database was away").send().join();
        ActivatedJob again = onlyJobOf(MISSED);
        assertThat(again.getKey()).isEqualTo(first.getKey());
        completeWith(again, Map.of("nextSteeringAt", now.plus(Duration.ofDays(12)).toString()));

        assertThat(engine.activateJobs("send-email")).hasSize(1);
        assertThat(engine.failedJobTypes(instance)).containsExactly(MISSED);
        assertThat(engine.activateJobs(MISSED)).isEmpty();
        assertThat(engine.hasCompleted(instance)).isFalse();
    }

    private void pass(Duration duration) {
        engine.increaseTime(duration);
        now = now.plus(duration);
    }

    /** The agenda job as workflow-service's worker completes it, then the email to the steering group. */
    private void nextSteeringMeetingPassesIn(Duration fromNow) {
        ActivatedJob agenda = onlyJobOf(MISSED);
        assertThat(agenda.getElementId()).isEqualTo("put-on-steering-agenda");
        assertThat(agenda.getVariablesAsMap()).containsEntry("roundId", ROUND).containsEntry("businessReference", ROUND);
        completeWith(agenda, Map.of("nextSteeringAt", now.plus(fromNow).toString()));

        ActivatedJob email = onlyJobOf("send-email");
        assertThat(email.getElementId()).isEqualTo("tell-steering-group");
        assertThat(email.getCustomHeaders()).containsEntry("template", "audit-follow-up-missed").containsEntry("letter", "round");
        assertThat(email.getVariablesAsMap().get("recipients")).isEqualTo(List.of(
                Map.of("role", "STEERING_GROUP_MEMBER", "organisation", "respect"),
                Map.of("role", "PROJECT_MANAGER", "organisation", "respect")));
        assertThat(email.getVariablesAsMap()).containsEntry("roundId", ROUND);
        completeWith(email, Map.of());
    }

    /** What workflow-service's outbox sends when a baseline with a follow-up due date is planned. */
    private long promise(String roundId) {
        return engine.startByMessage("audit-follow-up", "audit-follow-up-promised", roundId, Map.ofEntries(
                entry("roundId", roundId),
                entry("borough", "hackney"),
                entry("deliveryPartner", "respect"),
                entry("followUpDueOn", LocalDate.ofInstant(followUpDueAt, ZoneId.of("Europe/London")).toString()),
                entry("followUpDueAt", followUpDueAt.toString()),
                entry("businessReference", roundId)));
    }

    /** What workflow-service publishes when the follow-up is planned or cancelled: kept a while, so one sent early counts. */
    private void publish(String message, String roundId) {
        engine.client().newPublishMessageCommand().messageName(message).correlationKey(roundId).messageId(message + "/" + roundId)
                .timeToLive(Duration.ofDays(7)).send().join();
        engine.waitForIdle();
    }
}
