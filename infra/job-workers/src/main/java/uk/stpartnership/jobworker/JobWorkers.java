package uk.stpartnership.jobworker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.grpc.Status;
import io.micronaut.context.BeanContext;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.processor.ExecutableMethodProcessor;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Opens a Zeebe job worker for every {@link JobWorker} method once the engine is reached and the process models are
 * deployed ({@link EngineConnection}), and closes them on shutdown.
 */
@Singleton
public class JobWorkers implements ExecutableMethodProcessor<JobWorker> {

    /**
     * The job-local variable that counts a job's failures, so that its backoff grows with each one whatever retries the
     * model gave it (a job carries only the retries it has left). Local to the task, it ends with the job.
     */
    public static final String FAILURES = "jobWorkerFailures";

    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    private final BeanContext beanContext;
    private final ZeebeSettings settings;
    private final RetryBackoff backoff;
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final List<OpenWorker> openWorkers = new ArrayList<>();
    private List<Planned> planned;
    private boolean closed;

    public JobWorkers(BeanContext beanContext, ZeebeSettings settings) {
        this.beanContext = beanContext;
        this.settings = settings;
        this.backoff = new RetryBackoff(settings.retryBackoff(), settings.retryBackoffMax());
    }

    private record Registration(BeanDefinition<?> bean, ExecutableMethod<Object, Object> method, JobWorker annotation) {
    }

    private record OpenWorker(String type, io.camunda.client.api.worker.JobWorker worker) {
    }

    /** A worker as it will be opened. */
    private record Planned(Registration registration, Object bean, Duration timeout, int maxJobsActive, List<String> fetched) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(BeanDefinition<?> beanDefinition, ExecutableMethod<?, ?> method) {
        JobWorker annotation = method.synthesize(JobWorker.class);
        if (annotation != null) {
            registrations.add(new Registration(beanDefinition, (ExecutableMethod<Object, Object>) method, annotation));
        }
    }

    /** Settles every worker's settings, so that a defect in one stops the start at once, engine or no engine. */
    synchronized void plan() {
        List<Planned> workers = new ArrayList<>();
        for (Registration registration : registrations) {
            Object bean = beanContext.getBean(registration.bean());
            JobWorker annotation = registration.annotation();
            // Read through the annotation metadata so that a "${property}" in timeout is resolved.
            Duration timeout = registration.method().stringValue(JobWorker.class, "timeout")
                    .filter(value -> !value.isBlank())
                    .map(value -> ConversionService.SHARED.convertRequired(value, Duration.class))
                    .orElse(settings.workerTimeout());
            int maxJobsActive = annotation.maxJobsActive() > 0 ? annotation.maxJobsActive() : settings.workerMaxJobsActive();
            List<String> fetched = new ArrayList<>(variablesToFetch(bean, annotation));
            fetched.add(FAILURES);
            workers.add(new Planned(registration, bean, timeout, maxJobsActive, List.copyOf(fetched)));
        }
        planned = List.copyOf(workers);
    }

    /** Opens the planned workers (once: the engine connection calls this when the engine has been reached). */
    synchronized void open() {
        if (closed || !openWorkers.isEmpty()) {
            return;
        }
        if (!settings.workersEnabled()) {
            LOG.info("Job workers are switched off (zeebe.worker.enabled=false)");
            return;
        }
        CamundaClient client = beanContext.getBean(CamundaClient.class);
        for (Planned worker : planned) {
            String type = worker.registration().annotation().type();
            openWorkers.add(new OpenWorker(type, client.newWorker()
                    .jobType(type)
                    .handler((jobClient, job) -> handle(jobClient, job, worker.bean(), worker.registration()))
                    .timeout(worker.timeout())
                    .maxJobsActive(worker.maxJobsActive())
                    .name(settings.workerName())
                    .fetchVariables(worker.fetched())
                    .open()));
            LOG.info("Job worker open: type={} timeout={} maxJobsActive={} fetchVariables={}", type, worker.timeout(),
                    worker.maxJobsActive(), worker.fetched());
        }
    }

    /** The job types with an open worker. */
    public synchronized List<String> openJobTypes() {
        return openWorkers.stream().filter(open -> open.worker().isOpen()).map(OpenWorker::type).toList();
    }

    /** Zeebe hands over every variable when none is named, so a worker that names none is a defect. */
    static List<String> variablesToFetch(Object bean, JobWorker annotation) {
        List<String> named = annotation.fetchVariables().length > 0 ? List.of(annotation.fetchVariables())
                : bean instanceof VariablesToFetch runtime ? List.copyOf(runtime.variablesToFetch(annotation.type())) : List.of();
        if (named.isEmpty()) {
            throw new IllegalStateException("The job worker for " + annotation.type() + " names no variables to fetch: name them in"
                    + " @JobWorker(fetchVariables) or implement VariablesToFetch, so that it reads only what it needs");
        }
        return named;
    }

    @EventListener
    synchronized void close(ShutdownEvent event) {
        closed = true;
        openWorkers.forEach(open -> open.worker().close());
    }

    private void handle(JobClient jobClient, ActivatedJob job, Object bean, Registration registration) {
        try (JobLogContext ignored = JobLogContext.of(job)) {
            Object variables;
            try {
                variables = registration.method().invoke(bean, job);
            } catch (BpmnError error) {
                LOG.info("Job ends in BPMN error {}: {}", error.errorCode(), error.getMessage());
                jobClient.newThrowErrorCommand(job).errorCode(error.errorCode()).errorMessage(error.getMessage())
                        .variables(error.variables()).send().join();
                return;
            } catch (Throwable failure) {
                // An Error too (a stack overflow, a class missing at run time): left to the client it would keep the job
                // locked until its timeout, unseen, instead of retrying it with backoff and raising an incident at the end.
                fail(jobClient, job, failure);
                return;
            }
            if (registration.annotation().autoComplete()) {
                complete(jobClient, job, variables);
            }
        }
    }

    private void complete(JobClient jobClient, ActivatedJob job, Object variables) {
        var command = jobClient.newCompleteCommand(job);
        if (variables instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            command.variables(typed);
        } else if (variables != null) {
            command.variables(variables);
        }
        try {
            command.send().join();
            LOG.info("Job completed");
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                // The process stopped waiting for this job (cancelled or interrupted): nothing is lost.
                LOG.info("Job no longer exists at completion; the process moved on");
            } else {
                throw e;
            }
        }
    }

    private void fail(JobClient jobClient, ActivatedJob job, Throwable failure) {
        int failures = failuresBefore(job) + 1;
        int retriesLeft = failure instanceof UnrecoverableJobFailure ? 0 : Math.max(job.getRetries() - 1, 0);
        Duration wait = retriesLeft == 0 ? Duration.ZERO : backoff.after(failures);
        if (retriesLeft == 0) {
            LOG.error("Job failed with no retries left; Zeebe raises an incident for an operator", failure);
        } else {
            LOG.warn("Job failed, {} retries left, next in {}: {}", retriesLeft, wait, failure.toString());
        }
        jobClient.newFailCommand(job)
                .retries(retriesLeft)
                .retryBackoff(wait)
                .errorMessage(failure.getClass().getSimpleName() + ": " + failure.getMessage())
                .variables(Map.of(FAILURES, failures))
                .send()
                .join();
    }

    private static int failuresBefore(ActivatedJob job) {
        return job.getVariablesAsMap().get(FAILURES) instanceof Number count ? count.intValue() : 0;
    }
}
