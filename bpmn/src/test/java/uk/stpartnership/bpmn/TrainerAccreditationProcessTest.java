package uk.stpartnership.bpmn;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every path through trainer-accreditation.bpmn, on both engines, their clocks moved by the test. */
class TrainerAccreditationProcessTest extends ProcessTest {

    private static final String TRAINER = "implementation-lead.respect";
    private static final List<Map<String, String>> BOTH = List.of(Map.of("person", TRAINER),
            Map.of("role", "PROJECT_MANAGER", "organisation", "respect"));
    /** The trainer's name is read from the directory, the dates in words from workflow-service: never variables. */
    private static final List<String> TEXT_VARIABLES = List.of("trainerName", "lapsesOn", "because");

    private Instant now;

    @Override
    protected List<String> textVariables() {
        return TEXT_VARIABLES;
    }

    @BeforeEach
    void recordAnAccreditation() {
        engine.deploy("bpmn/trainer-accreditation.bpmn");
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Days stand in for what RecordAccreditation works out: two years (700 days) and a year without a cohort (365).
        engine.client().newPublishMessageCommand().messageName("accreditation-recorded").correlationKey("p-1").messageId("p-1")
                .variables(Map.of("accreditationId", "a-1", "periodId", "p-1", "trainerId", TRAINER, "deliveryPartner", "respect",
                        "renewalWarningAt", at(610), "renewalDueAt", at(700), "deliveryWarningAt", at(275), "deliveryDueAt", at(365)))
                .send().join();
        engine.waitForIdle();
    }

    @Test
    void bothDeadlinesWaitWithTheirWarnings() {
        long instance = onlyInstance();
        assertThat(engine.activeElements(instance))
                .containsExactlyInAnyOrder("accreditation-in-force", "renewal-warning", "delivery-warning");
    }

    @Test
    void noCohortDeliveredIsWarnedThenLapsesAndBothAreTold() {
        long instance = onlyInstance();

        engine.increaseTime(days(276));
        ActivatedJob warning = onlyJob("send-email");
        assertThat(warning.getElementId()).isEqualTo("warn-delivery-due");
        assertThat(warning.getCustomHeaders()).containsEntry("template", "accreditation-lapsing").containsEntry("letter", "accreditation");
        assertThat(warning.getVariablesAsMap()).containsEntry("accreditationId", "a-1").containsEntry("recipients", BOTH);
        complete(warning);

        engine.increaseTime(days(90));
        ActivatedJob lapse = onlyJob("record-accreditation-lapse");
        assertThat(lapse.getVariablesAsMap()).containsEntry("accreditationId", "a-1");
        complete(lapse);
        ActivatedJob told = onlyJob("send-email");
        assertThat(told.getElementId()).isEqualTo("tell-lapsed");
        assertThat(told.getCustomHeaders()).containsEntry("template", "accreditation-lapsed").containsEntry("letter", "accreditation");
        assertThat(told.getVariablesAsMap()).containsEntry("recipients", BOTH);
        complete(told);

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("no-cohort-delivered", "accreditation-lapsed")
                .doesNotContain("warn-renewal-due", "not-renewed");
        engine.increaseTime(days(400));
        assertThat(engine.activateJobs("send-email")).as("the renewal's wait ended with the lapse").isEmpty();
    }

    @Test
    void notRenewedIsWarnedThenLapsesWhileCohortsAreDelivered() {
        long instance = onlyInstance();
        // Cohorts delivered keep the no-delivery date ahead of the renewal's.
        deliver(0, 565);
        engine.increaseTime(days(400));
        deliver(400, 800);
        assertThat(engine.activateJobs("send-email")).isEmpty();

        engine.increaseTime(days(211));
        ActivatedJob warning = onlyJob("send-email");
        assertThat(warning.getElementId()).isEqualTo("warn-renewal-due");
        assertThat(warning.getVariablesAsMap()).containsEntry("recipients", BOTH);
        complete(warning);

        engine.increaseTime(days(90));
        complete(onlyJob("record-accreditation-lapse"));
        ActivatedJob told = onlyJob("send-email");
        assertThat(told.getElementId()).isEqualTo("tell-lapsed");
        complete(told);

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("cohort-delivered", "warn-renewal-due", "not-renewed", "accreditation-lapsed")
                .doesNotContain("warn-delivery-due", "no-cohort-delivered");
    }

    @Test
    void aRenewalBeforeTheWarningsStartsBothWaitsAgainWithTheNewDates() {
        long instance = onlyInstance();
        engine.increaseTime(days(100));
        engine.client().newPublishMessageCommand().messageName("accreditation-renewed").correlationKey("p-1").timeToLive(Duration.ZERO)
                .variables(Map.of("renewalWarningAt", at(710), "renewalDueAt", at(800), "deliveryWarningAt", at(375), "deliveryDueAt", at(465)))
                .send().join();
        engine.waitForIdle();
        assertThat(engine.completedElements(instance)).contains("renewed");
        assertThat(engine.activeElements(instance))
                .containsExactlyInAnyOrder("accreditation-in-force", "renewal-warning", "delivery-warning");

        // Past both old dates of the no-delivery wait: nothing.
        engine.increaseTime(days(270));
        assertThat(engine.activateJobs("send-email")).isEmpty();
        assertThat(engine.activateJobs("record-accreditation-lapse")).isEmpty();

        engine.increaseTime(days(6));
        ActivatedJob warning = onlyJob("send-email");
        assertThat(warning.getElementId()).isEqualTo("warn-delivery-due");
        complete(warning);
        assertThat(engine.hasCompleted(instance)).isFalse();
    }

    @Test
    void aCohortDeliveredMovesOnlyTheNoDeliveryDate() {
        long instance = onlyInstance();
        engine.increaseTime(days(250));
        deliver(250, 615);
        assertThat(engine.activeElements(instance))
                .containsExactlyInAnyOrder("accreditation-in-force", "renewal-warning", "delivery-warning");

        engine.increaseTime(days(120));
        assertThat(engine.activateJobs("send-email")).as("the old no-delivery warning and lapse are gone").isEmpty();
        assertThat(engine.activateJobs("record-accreditation-lapse")).isEmpty();

        // The renewal's warning keeps its date (610); the new no-delivery warning (525) came first.
        engine.increaseTime(days(156));
        ActivatedJob deliveryWarning = onlyJob("send-email");
        assertThat(deliveryWarning.getElementId()).isEqualTo("warn-delivery-due");
        complete(deliveryWarning);
        engine.increaseTime(days(85));
        ActivatedJob renewalWarning = onlyJob("send-email");
        assertThat(renewalWarning.getElementId()).isEqualTo("warn-renewal-due");
        complete(renewalWarning);
        engine.increaseTime(days(5));
        complete(onlyJob("record-accreditation-lapse"));
        complete(onlyJob("send-email"));
        assertThat(engine.completedElements(instance)).contains("no-cohort-delivered").doesNotContain("not-renewed");
    }

    @Test
    void lapsedThenRenewedIsInForceAgainAsANewAccreditation() {
        long lapsed = onlyInstance();
        engine.increaseTime(days(276));
        complete(onlyJob("send-email"));
        engine.increaseTime(days(90));
        complete(onlyJob("record-accreditation-lapse"));
        complete(onlyJob("send-email"));
        assertThat(engine.hasCompleted(lapsed)).isTrue();

        // What RenewAccreditation sends for a lapsed accreditation: a new period, with its own process.
        engine.client().newPublishMessageCommand().messageName("accreditation-recorded").correlationKey("p-2").messageId("p-2")
                .variables(Map.ofEntries(Map.entry("accreditationId", "a-1"), Map.entry("periodId", "p-2"), Map.entry("trainerId", TRAINER),
                        Map.entry("deliveryPartner", "respect"),
                        Map.entry("renewalWarningAt", at(1000)), Map.entry("renewalDueAt", at(1100)), Map.entry("deliveryWarningAt", at(700)),
                        Map.entry("deliveryDueAt", at(800))))
                .send().join();
        engine.waitForIdle();
        List<Long> instances = engine.startedInstances("trainer-accreditation");
        assertThat(instances).hasSize(2);
        long renewed = instances.stream().filter(key -> key != lapsed).findFirst().orElseThrow();
        assertThat(engine.activeElements(renewed))
                .containsExactlyInAnyOrder("accreditation-in-force", "renewal-warning", "delivery-warning");
        engine.increaseTime(days(335));
        ActivatedJob warning = onlyJob("send-email");
        assertThat(warning.getVariablesAsMap()).containsEntry("periodId", "p-2");
    }

    @Test
    void eachAccreditationStartsOnceAndAnotherOnesMessagesChangeNothing() {
        long instance = onlyInstance();
        assertThatThrownBy(() -> engine.client().newPublishMessageCommand().messageName("accreditation-recorded").correlationKey("p-1")
                .messageId("p-1").variables(Map.of("periodId", "p-1")).send().join()).isInstanceOf(ClientException.class);
        engine.client().newPublishMessageCommand().messageName("accreditation-renewed").correlationKey("p-9").timeToLive(Duration.ZERO)
                .variables(Map.of("renewalWarningAt", at(1), "renewalDueAt", at(2), "deliveryWarningAt", at(1), "deliveryDueAt", at(2)))
                .send().join();
        engine.waitForIdle();

        assertThat(engine.startedInstances("trainer-accreditation")).containsExactly(instance);
        assertThat(engine.completedElements(instance)).doesNotContain("renewed");
        engine.increaseTime(days(3));
        assertThat(engine.activateJobs("send-email")).isEmpty();
    }

    /**
     * What AccreditedTrainers#cohortDelivered publishes: the no-delivery dates a year on from the cohort's last day. Like a
     * renewal, with no time to live: only a process waiting in force takes it.
     */
    private void deliver(int day, int dueDay) {
        engine.client().newPublishMessageCommand().messageName("accreditation-cohort-delivered").correlationKey("p-1")
                .messageId("p-1-" + day).timeToLive(Duration.ZERO).variables(Map.of("deliveryWarningAt", at(dueDay - 90), "deliveryDueAt", at(dueDay)))
                .send().join();
        engine.waitForIdle();
    }

    private String at(int day) {
        return now.plus(days(day)).toString();
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    private long onlyInstance() {
        List<Long> instances = engine.startedInstances("trainer-accreditation");
        assertThat(instances).hasSize(1);
        return instances.get(0);
    }

    private void complete(ActivatedJob job) {
        engine.client().newCompleteCommand(job).variables(Map.of()).send().join();
    }

    private ActivatedJob onlyJob(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
