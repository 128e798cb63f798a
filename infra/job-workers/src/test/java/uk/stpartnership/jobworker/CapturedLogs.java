package uk.stpartnership.jobworker;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every log line written while it is attached, with the logging context it was written in. */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    record Line(String logger, String level, String message, Object[] arguments, Map<String, String> context) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    static CapturedLogs attach() {
        CapturedLogs logs = new CapturedLogs();
        logs.start();
        root().addAppender(logs);
        return logs;
    }

    @Override
    protected void append(ILoggingEvent event) {
        // Read here, on the writing thread: logback reads the logging context lazily.
        lines.add(new Line(event.getLoggerName(), event.getLevel().toString(), event.getFormattedMessage(), event.getArgumentArray(),
                Map.copyOf(event.getMDCPropertyMap())));
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
