package uk.stpartnership.workflow.outbox;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.ProcessDeployment;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the outbox to the engine: woken after each commit that wrote to it, and polling as a safety net for
 * what a failure or a restart left behind. Several drainers (threads, instances) share the rows safely.
 */
@Singleton
public class OutboxDrainer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDrainer.class);

    private final OutboxSender sender;
    private final ProcessDeployment deployment;
    private final ExecutorService woken = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("outbox-drainer").daemon().factory());
    /** One drain queued is enough: it sends everything due, including what a later wake was for. */
    private final AtomicBoolean queued = new AtomicBoolean();

    OutboxDrainer(OutboxSender sender, ProcessDeployment deployment) {
        this.sender = sender;
        this.deployment = deployment;
    }

    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                woken.execute(() -> {
                    queued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException e) {
                queued.set(false); // shutting down: the next start's poll sends it
            }
        }
    }

    @Scheduled(fixedDelay = "${outbox.poll-interval:5s}", initialDelay = "${outbox.poll-interval:5s}")
    void poll() {
        drain();
    }

    private void drain() {
        // The engine keeps a start message published before its model is deployed, but it starts nothing (StartMessageTest).
        if (!deployment.done()) {
            return;
        }
        try {
            while (sender.sendNext()) {
                // one row per transaction, until none is due
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox drain stopped, the next poll carries on: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        woken.shutdownNow();
    }
}
