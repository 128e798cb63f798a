package uk.stpartnership.engine.gateway;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import uk.stpartnership.engine.Engine;
import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.JobActivation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * StreamActivatedJobs (job push): an open stream is handed each job of its type as it becomes activatable, for as long as
 * the client keeps it open and can take more (gRPC flow control).
 */
final class JobStreams implements AutoCloseable {

    /** Jobs activated at a time for one stream; a full batch is followed at once by the next. */
    static final int BATCH = 32;

    private final Engine engine;
    private final ExecutorService pumps = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("job-stream-", 0).factory());
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();

    JobStreams(Engine engine) {
        this.engine = engine;
    }

    /** @param activation the type, worker, lock timeout and variables; its {@code maxJobs} is the batch */
    void open(JobActivation activation, ServerCallStreamObserver<?> call, Consumer<ActivatedJob> push) {
        Stream stream = new Stream(activation, call, push);
        call.setOnCancelHandler(stream::end);
        call.setOnReadyHandler(stream::wake);
        open.add(stream);
        stream.wake();
    }

    /** Ends every stream as UNAVAILABLE, which the client answers by opening it again elsewhere or later. */
    @Override
    public void close() {
        open.forEach(stream -> stream.fail(Status.UNAVAILABLE.withDescription("The engine is stopping").asRuntimeException()));
        pumps.shutdownNow();
    }

    private final class Stream {
        private final JobActivation activation;
        private final ServerCallStreamObserver<?> call;
        private final Consumer<ActivatedJob> push;
        /** Wake-ups not yet drained: one drain runs at a time and runs again for those that came meanwhile. */
        private final AtomicInteger wakeups = new AtomicInteger();
        /** Held while pushing or ending, since a stream observer takes one caller at a time. */
        private final ReentrantLock lock = new ReentrantLock();
        private volatile boolean ended;
        private volatile Runnable stopListening = () -> { };

        Stream(JobActivation activation, ServerCallStreamObserver<?> call, Consumer<ActivatedJob> push) {
            this.activation = activation;
            this.call = call;
            this.push = push;
        }

        void wake() {
            if (wakeups.getAndIncrement() == 0) {
                pumps.execute(this::drain);
            }
        }

        private void drain() {
            int seen = wakeups.get();
            while (true) {
                pump();
                int left = wakeups.addAndGet(-seen);
                if (left == 0) {
                    return;
                }
                seen = left;
            }
        }

        private void pump() {
            lock.lock();
            try {
                while (!ended && call.isReady()) {
                    stopListening.run();
                    // Listening before activating: a job created meanwhile wakes the stream again.
                    stopListening = engine.whenJobsAvailable(activation.type(), this::wake);
                    List<ActivatedJob> jobs = engine.activateJobs(activation);
                    jobs.forEach(push);
                    if (jobs.size() < activation.maxJobs()) {
                        return;
                    }
                }
            } catch (RuntimeException e) {
                fail(GatewayErrors.status("StreamActivatedJobs", e));
            } finally {
                lock.unlock();
            }
        }

        void fail(RuntimeException status) {
            lock.lock();
            try {
                if (!ended) {
                    end();
                    call.onError(status);
                }
            } finally {
                lock.unlock();
            }
        }

        /** The client closed the stream, or it failed. */
        void end() {
            ended = true;
            open.remove(this);
            stopListening.run();
        }
    }
}
