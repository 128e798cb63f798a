package uk.stpartnership.jobworker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.grpc.Status;
import io.micronaut.context.BeanContext;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
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
 * Opens a Zeebe job worker for every {@link JobWorker} method once the application has started (after the
 * process models are deployed) and closes them on shutdown.
 */
@Singleton
public class JobWorkers implements ExecutableMethodProcessor<JobWorker> {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    private final BeanContext beanContext;
    private final ZeebeSettings settings;
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final List<io.camunda.client.api.worker.JobWorker> openWorkers = new ArrayList<>();

    public JobWorkers(BeanContext beanContext, ZeebeSettings settings) {
        this.beanContext = beanContext;
        this.settings = settings;
    }

    private record Registration(BeanDefinition<?> bean, ExecutableMethod<Object, Object> method, JobWorker annotation) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(BeanDefinition<?> beanDefinition, ExecutableMethod<?, ?> method) {
        JobWorker annotation = method.synthesize(JobWorker.class);
        if (annotation != null) {
            registrations.add(new Registration(beanDefinition, (ExecutableMethod<Object, Object>) method, annotation));
        }
    }

    @EventListener
    synchronized void open(StartupEvent event) {
        CamundaClient client = beanContext.getBean(CamundaClient.class);
        beanContext.getBean(ProcessDeployment.class).deploy();
        if (!settings.workersEnabled()) {
            LOG.info("Job workers are switched off (zeebe.worker.enabled=false)");
            return;
        }
        for (Registration registration : registrations) {
            Object bean = beanContext.getBean(registration.bean());
            JobWorker annotation = registration.annotation();
            // Read through the annotation metadata so that a "${property}" in timeout is resolved.
            Duration timeout = registration.method().stringValue(JobWorker.class, "timeout")
                    .filter(value -> !value.isBlank())
                    .map(value -> ConversionService.SHARED.convertRequired(value, Duration.class))
                    .orElse(settings.workerTimeout());
            int maxJobsActive = annotation.maxJobsActive() > 0 ? annotation.maxJobsActive() : settings.workerMaxJobsActive();
            var step = client.newWorker()
                    .jobType(annotation.type())
                    .handler((jobClient, job) -> handle(jobClient, job, bean, registration))
                    .timeout(timeout)
                    .maxJobsActive(maxJobsActive)
                    .name(settings.workerName());
            List<String> fetched = variablesToFetch(bean, annotation);
            openWorkers.add(step.fetchVariables(fetched).open());
            LOG.info("Job worker open: type={} timeout={} maxJobsActive={} fetchVariables={}", annotation.type(), timeout, maxJobsActive,
                    fetched);
        }
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
        openWorkers.forEach(io.camunda.client.api.worker.JobWorker::close);
        openWorkers.clear();
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
            } catch (RuntimeException failure) {
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

    private void fail(JobClient jobClient, ActivatedJob job, RuntimeException failure) {
        int retriesLeft = failure instanceof UnrecoverableJobFailure ? 0 : Math.max(job.getRetries() - 1, 0);
        Duration backoff = retriesLeft == 0 ? Duration.ZERO : backoffFor(job.getRetries());
        if (retriesLeft == 0) {
            LOG.error("Job failed with no retries left; Zeebe raises an incident for an operator", failure);
        } else {
            LOG.warn("Job failed, {} retries left, next in {}: {}", retriesLeft, backoff, failure.toString());
        }
        jobClient.newFailCommand(job)
                .retries(retriesLeft)
                .retryBackoff(backoff)
                .errorMessage(failure.getClass().getSimpleName() + ": " + failure.getMessage())
                .send()
                .join();
    }

    /** Exponential backoff: the fewer retries left, the longer the wait (retries default to 3 in the models). */
    private Duration backoffFor(int retriesBeforeThisFailure) {
        int attempt = Math.max(0, 3 - retriesBeforeThisFailure);
        return settings.retryBackoff().multipliedBy(1L << Math.min(attempt, 6));
    }
}
