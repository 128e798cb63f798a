package uk.stpartnership.workflow.meetings;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.tasks.ProcessTasks;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A cancelled meeting: marked cancelled, and its open inbox tasks closed (the process no longer waits for them). */
@Singleton
public class RecordCancellation {

    private static final Logger LOG = LoggerFactory.getLogger(RecordCancellation.class);

    private final MeetingRepository meetings;
    private final ProcessTasks tasks;
    private final Clock clock;

    public RecordCancellation(MeetingRepository meetings, ProcessTasks tasks, Clock clock) {
        this.meetings = meetings;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public void cancelled(UUID meetingId, long processInstanceKey) {
        Instant now = Instant.now(clock);
        boolean marked = meetings.markCancelled(meetingId, now);
        int closed = tasks.closeOpen(processInstanceKey, now);
        LOG.info("Meeting {} cancelled{}; {} open tasks closed", meetingId, marked ? "" : " (already)", closed);
    }
}
