package uk.stpartnership.engine.gateway;

import io.grpc.stub.ServerCallStreamObserver;
import uk.stpartnership.engine.Engine;
import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.JobActivation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * ActivateJobs with long polling: a request that finds no job waits, without holding a thread, until the engine signals
 * that a job of its type may be activatable or its request timeout ends, then answers with what there is.
 */
final class JobLongPolling implements AutoCloseable {

    private final Engine engine;
    private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("activate-jobs-timeouts").daemon().factory());
    /** Signals come on the engine's own threads: the activation they cause runs here instead. */
    private final ExecutorService attempts = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("activate-jobs-", 0).factory());
    private final Set<Request> waiting = ConcurrentHashMap.newKeySet();

    JobLongPolling(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param wait       how long to wait for a job when there is none now; zero answers at once
     * @param handOver   sends the jobs found (never called with none) before the call completes
     */
    void activate(JobActivation activation, Duration wait, ServerCallStreamObserver<?> call, Consumer<List<ActivatedJob>> handOver) {
        Request request = new Request(activation, call, handOver);
        call.setOnCancelHandler(request::abandon);
        if (request.attempt()) {
            return;
        }
        if (wait.isZero() || wait.isNegative()) {
            request.finish(List.of());
            return;
        }
        waiting.add(request);
        request.timeout = timeouts.schedule(() -> attempts.execute(() -> request.finish(List.of())), wait.toMillis(), TimeUnit.MILLISECONDS);
        request.listen();
    }

    /** Answers every waiting request with no jobs, so that its worker asks again elsewhere or later. */
    @Override
    public void close() {
        waiting.forEach(request -> request.finish(List.of()));
        timeouts.shutdownNow();
        attempts.shutdownNow();
    }

    private final class Request {
        private final JobActivation activation;
        private final ServerCallStreamObserver<?> call;
        private final Consumer<List<ActivatedJob>> handOver;
        /** Held while activating and answering, so that jobs locked to this request are always handed over. */
        private final ReentrantLock lock = new ReentrantLock();
        private volatile boolean done;
        private volatile Runnable stopListening = () -> { };
        private volatile ScheduledFuture<?> timeout;

        Request(JobActivation activation, ServerCallStreamObserver<?> call, Consumer<List<ActivatedJob>> handOver) {
            this.activation = activation;
            this.call = call;
            this.handOver = handOver;
        }

        /** @return true once the request is answered (now or before) */
        boolean attempt() {
            lock.lock();
            try {
                if (done) {
                    return true;
                }
                List<ActivatedJob> jobs = engine.activateJobs(activation);
                if (jobs.isEmpty()) {
                    return false;
                }
                finish(jobs);
                return true;
            } catch (RuntimeException e) {
                fail(e);
                return true;
            } finally {
                lock.unlock();
            }
        }

        void listen() {
            try {
                stopListening = engine.whenJobsAvailable(activation.type(), () -> attempts.execute(this::signalled));
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            if (done) {
                stopListening.run();
                return;
            }
            // A job created between the last attempt and the listener's registration sends no signal.
            attempt();
        }

        private void signalled() {
            if (!attempt()) {
                listen();
            }
        }

        void finish(List<ActivatedJob> jobs) {
            lock.lock();
            try {
                if (done) {
                    return;
                }
                end();
                if (!jobs.isEmpty()) {
                    handOver.accept(jobs);
                }
                call.onCompleted();
            } finally {
                lock.unlock();
            }
        }

        private void fail(RuntimeException e) {
            lock.lock();
            try {
                if (!done) {
                    end();
                    call.onError(GatewayErrors.status("ActivateJobs", e));
                }
            } finally {
                lock.unlock();
            }
        }

        /** The client went away: stop waiting for it. */
        void abandon() {
            end();
        }

        private void end() {
            done = true;
            waiting.remove(this);
            stopListening.run();
            ScheduledFuture<?> pending = timeout;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
