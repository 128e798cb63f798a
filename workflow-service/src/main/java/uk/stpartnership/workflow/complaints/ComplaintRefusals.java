package uk.stpartnership.workflow.complaints;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.ActorBinder;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.ProcessTasks;

import java.util.Optional;
import java.util.UUID;

/**
 * Refused attempts on a complaint (403, or 404 as if it did not exist) go to its audit trail: on the complaint's own
 * routes, and on its tasks. The refused request's transaction is rolled back; the audit log keeps the attempt in its own.
 */
@ServerFilter({"/internal/complaints/**", "/internal/tasks/**"})
class ComplaintRefusals {

    private static final String COMPLAINTS = "/internal/complaints/";
    private static final String TASKS = "/internal/tasks/";

    private final AuditLog auditLog;
    private final ProcessTasks tasks;

    ComplaintRefusals(AuditLog auditLog, ProcessTasks tasks) {
        this.auditLog = auditLog;
        this.tasks = tasks;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void audit(HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        if (status != 403 && status != 404) {
            return;
        }
        Optional<Actor> actor = ActorBinder.of(request);
        Optional<AuditLog.Entry> attempted = attempted(request.getPath());
        if (actor.isPresent() && attempted.isPresent()) {
            AuditLog.Action action = request.getMethod() == HttpMethod.GET ? AuditLog.Action.READ : AuditLog.Action.UPDATE;
            auditLog.recordRefusal(actor.get(), action, attempted.get(), status, request.getMethodName() + " " + request.getPath());
        }
    }

    /** The complaint, or the complaint's task, the path names; nothing for other paths and other tasks. */
    private Optional<AuditLog.Entry> attempted(String path) {
        if (path.startsWith(COMPLAINTS)) {
            return complaintId(segment(path, COMPLAINTS)).map(id -> new AuditLog.Entry("complaint", id.toString(), null));
        }
        if (path.startsWith(TASKS)) {
            try {
                return tasks.find(Long.parseLong(segment(path, TASKS))).map(InboxTask::auditEntry)
                        .filter(entry -> !entry.alsoAbout().isEmpty());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String segment(String path, String prefix) {
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static Optional<UUID> complaintId(String segment) {
        try {
            return Optional.of(UUID.fromString(segment));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
