package uk.stpartnership.workflow.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside local mode there is no demo history, and no demo data of any kind. */
@MicronautTest(transactional = false)
class DemoHistoryOutsideLocalModeTest extends WorkflowServiceTest {

    @Inject
    ApplicationContext context;

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @Test
    void nothingIsLoaded() {
        assertThat(context.findBean(DemoHistory.class)).isEmpty();
        assertThat(resources.count("SELECT count(*) FROM workflow.demo_history")).isZero();
        assertThat(resources.count("SELECT (SELECT count(*) FROM workflow.meeting_series) + (SELECT count(*) FROM workflow.meeting)"
                + " + (SELECT count(*) FROM workflow.consultation_request) + (SELECT count(*) FROM workflow.complaint)")).isZero();
    }
}
