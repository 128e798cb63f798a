package uk.stpartnership.bpmn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.stpartnership.testsupport.TestEngine;

/**
 * Every process test runs twice: on the platform's own engine and on Zeebe's in-memory engine, the reference. Both must
 * pass; where they differ, the test says which part of Zeebe's documentation it follows.
 */
@ParameterizedClass(name = "on the {0} engine")
@EnumSource(TestEngine.Kind.class)
abstract class ProcessTest {

    @Parameter
    TestEngine.Kind engineKind;

    protected TestEngine engine;

    @BeforeEach
    final void startEngine() {
        engine = engineKind.start();
    }

    @AfterEach
    final void stopEngine() {
        engine.close();
    }
}
