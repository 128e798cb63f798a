package uk.stpartnership.bpmn;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.stpartnership.testsupport.TestEngine;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every process test runs twice: on the platform's own engine and on Zeebe's in-memory engine, the reference. Both must
 * pass; where they differ, the test says which part of Zeebe's documentation it follows. Whatever path a test took, no
 * variable or job record of the engine may name a variable that carried a text people typed.
 */
@ParameterizedClass(name = "on the {0} engine")
@EnumSource(TestEngine.Kind.class)
abstract class ProcessTest {

    @Parameter
    TestEngine.Kind engineKind;

    protected TestEngine engine;

    /** The variable names that carried texts people typed (or texts made from them) before workflow-service kept them. */
    protected abstract List<String> textVariables();

    @BeforeEach
    final void startEngine() {
        engine = engineKind.start();
    }

    @AfterEach
    final void noTextReachedTheEngineThenStop() {
        try {
            for (String record : engine.variableAndJobRecords()) {
                for (String name : textVariables()) {
                    assertThat(record).as("an engine record").doesNotContain("\"" + name + "\"");
                }
            }
        } finally {
            engine.close();
        }
    }

    /** Completes a job with the variables its worker would give. */
    protected void completeWith(ActivatedJob job, Map<String, Object> variables) {
        engine.client().newCompleteCommand(job).variables(variables).send().join();
    }

    /** The one job of a type waiting now. */
    protected ActivatedJob onlyJobOf(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
