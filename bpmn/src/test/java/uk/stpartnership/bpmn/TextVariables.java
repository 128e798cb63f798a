package uk.stpartnership.bpmn;

import uk.stpartnership.testsupport.TestEngine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variable names that carried texts people typed (or texts made from them) before workflow-service kept them: no
 * variable or job record of the engine may name one, whatever path a test took.
 */
final class TextVariables {

    private TextVariables() {
    }

    /** Checks every record, then stops the engine either way. */
    static void assertNoneReachedThenClose(TestEngine engine, List<String> names) {
        try {
            for (String record : engine.variableAndJobRecords()) {
                for (String name : names) {
                    assertThat(record).as("an engine record").doesNotContain("\"" + name + "\"");
                }
            }
        } finally {
            engine.close();
        }
    }
}
