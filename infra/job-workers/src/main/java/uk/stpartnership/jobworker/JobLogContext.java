package uk.stpartnership.jobworker;

import io.camunda.client.api.response.ActivatedJob;
import org.slf4j.MDC;

/** Puts the job's process instance, element and key into the logging context for as long as it is open. */
public final class JobLogContext implements AutoCloseable {

    private static final String[] KEYS = {"processInstanceKey", "bpmnProcessId", "elementId", "jobKey", "jobType"};

    private JobLogContext() {
    }

    public static JobLogContext of(ActivatedJob job) {
        MDC.put("processInstanceKey", Long.toString(job.getProcessInstanceKey()));
        MDC.put("bpmnProcessId", job.getBpmnProcessId());
        MDC.put("elementId", job.getElementId());
        MDC.put("jobKey", Long.toString(job.getKey()));
        MDC.put("jobType", job.getType());
        return new JobLogContext();
    }

    @Override
    public void close() {
        for (String key : KEYS) {
            MDC.remove(key);
        }
    }
}
