package uk.stpartnership.bpmn;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start messages workflow-service's outbox publishes: one that arrives before its model is deployed is kept by the
 * engine but starts nothing, even once the model is there. So the outbox sends only after the models are deployed
 * (OutboxDrainer waits for ProcessDeployment).
 */
class StartMessageTest extends ProcessTest {

    @Override
    protected List<String> textVariables() {
        return List.of();
    }

    @Test
    void aStartPublishedBeforeItsModelIsDeployedStartsNothing() {
        engine.client().newPublishMessageCommand().messageName("meeting-series-created").correlationKey("s-1").messageId("s-1")
                .timeToLive(Duration.ofHours(1)).variables(Map.of("seriesId", "s-1")).send().join();
        engine.waitForIdle();
        assertThat(engine.startedInstances("meeting-series")).isEmpty();

        engine.deploy("bpmn/meeting-series.bpmn", "bpmn/meeting.bpmn");
        engine.waitForIdle();
        assertThat(engine.startedInstances("meeting-series")).isEmpty();
    }
}
