package uk.stpartnership.jobworker;

import io.micronaut.context.annotation.Executable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as the handler of one Zeebe job type. The method takes the
 * {@link io.camunda.client.api.response.ActivatedJob} and returns the variables to complete the job with
 * (a map, a record, or nothing). Throw {@link BpmnError} for a business outcome the model handles; anything
 * else thrown (an {@link Error} too) fails the job at once, which Zeebe retries with a backoff that doubles with each
 * failure and finally turns into an incident.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Executable(processOnStartup = true)
public @interface JobWorker {

    /** The job type, as written in the BPMN task definition. */
    String type();

    /** How long a job stays locked to this worker ("5m", "1d", "${a.property}"); empty means zeebe.worker.timeout. */
    String timeout() default "";

    /** How many jobs this worker holds at once; 0 means zeebe.worker.max-jobs-active. */
    int maxJobsActive() default 0;

    /**
     * The variables to fetch. A worker fetches only what it needs: it names them here or, when they are known only at
     * run time, its bean implements {@link VariablesToFetch}; a worker that names none is refused at startup.
     */
    String[] fetchVariables() default {};

    /**
     * Whether the job is completed when the method returns. False for jobs that something else completes
     * later, such as a user task that waits in the inbox for a person.
     */
    boolean autoComplete() default true;
}
