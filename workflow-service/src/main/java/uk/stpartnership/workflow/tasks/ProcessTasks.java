package uk.stpartnership.workflow.tasks;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the features whose processes make user tasks ask of the inbox: offering a process's tasks for a role to one
 * person, closing the tasks a process no longer waits for, and reading a process's tasks. The inbox's tables stay its
 * own; the caller holds the transaction.
 */
@Singleton
public class ProcessTasks {

    private final TaskRepository tasks;

    ProcessTasks(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** The process's tasks for the role, open and yet to come, go to this person instead of the role. */
    public void offer(String bpmnProcessId, String businessReference, String role, String personId) {
        tasks.offer(bpmnProcessId, businessReference, role, personId);
    }

    /** The process's tasks for the role are offered to the role again. */
    public void withdrawOffer(String bpmnProcessId, String businessReference, String role) {
        tasks.withdrawOffer(bpmnProcessId, businessReference, role);
    }

    /** Closes the open tasks of a process instance whose path no longer waits for them; how many it closed. */
    public int closeOpen(long processInstanceKey, Instant at) {
        return tasks.closeOpenOf(processInstanceKey, at);
    }

    /** The tasks done on a record (a complaint by its reference), in the order they were done. */
    public List<InboxTask> completed(String bpmnProcessId, String businessReference) {
        return tasks.completedOf(bpmnProcessId, businessReference);
    }

    public Optional<InboxTask> find(long jobKey) {
        return tasks.find(jobKey);
    }

    /** The open ones of the user tasks the headers name. */
    public List<InboxTask> open(NamedTasks named, long processInstanceKey) {
        return named.open(tasks, processInstanceKey);
    }

    /** The one of the named user tasks started last, open or not. */
    public Optional<InboxTask> latest(NamedTasks named, long processInstanceKey) {
        return named.latest(tasks, processInstanceKey);
    }
}
