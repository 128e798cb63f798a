package uk.stpartnership.jobworker;

import java.util.List;

/**
 * A {@link JobWorker} bean whose variables to fetch are known only once the application runs (the union of what
 * its forms or templates need, say). Its list is used when the annotation names none.
 */
public interface VariablesToFetch {

    List<String> variablesToFetch(String jobType);
}
