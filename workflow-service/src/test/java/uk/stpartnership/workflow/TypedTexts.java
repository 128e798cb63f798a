package uk.stpartnership.workflow;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import uk.stpartnership.testsupport.TestEngine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check that texts people typed (planted by a test, each distinctive) never reach the engine or a log line: the
 * log is captured from {@link #watchLogs()} to {@link #assertNoneReachedTheEngineOrALog}, and every variable and job
 * record the engine holds is read.
 */
public final class TypedTexts {

    private final List<String> texts;
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();

    public TypedTexts(List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    public void watchLogs() {
        logLines.start();
        root().addAppender(logLines);
    }

    public void assertNoneReachedTheEngineOrALog(TestEngine engine) {
        root().detachAppender(logLines);
        // A test that never reached the engine (a refused request) reads no records, and passes for that reason.
        List<String> records = engine.variableAndJobRecords();
        List<String> lines = logLines.list.stream().map(line -> line.getFormattedMessage()
                + (line.getThrowableProxy() == null ? "" : " " + line.getThrowableProxy().getMessage())).toList();
        logLines.list.clear();
        for (String text : texts) {
            assertThat(records).as("engine records").noneMatch(record -> record.contains(text));
            assertThat(lines).as("log lines").noneMatch(line -> line.contains(text));
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
