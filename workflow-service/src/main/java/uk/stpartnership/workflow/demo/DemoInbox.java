package uk.stpartnership.workflow.demo;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.tasks.CompleteTask;
import uk.stpartnership.workflow.tasks.ListMyTasks;
import uk.stpartnership.workflow.tasks.TaskView;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The demo people working their task lists as they would in the API: a task is found in the person's list once its
 * process has made it, and completed with the form's answers.
 */
@Singleton
class DemoInbox {

    /** Wall-clock waits: the engine and the workers take their time, whatever the service's clock says. */
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ListMyTasks listMyTasks;
    private final CompleteTask completeTask;

    DemoInbox(ListMyTasks listMyTasks, CompleteTask completeTask) {
        this.listMyTasks = listMyTasks;
        this.completeTask = completeTask;
    }

    /** The demo person of local mode with that username: role.organisation, holding that one role. */
    static Actor person(String username) {
        int dot = username.indexOf('.');
        Role role = Role.valueOf(username.substring(0, dot).toUpperCase(Locale.ROOT).replace('-', '_'));
        return new Actor(username, username.substring(dot + 1), Set.of(role));
    }

    /** Completes the person's task of that kind for the record (its business reference), once the process has made it. */
    void complete(Actor person, String kind, String businessReference, Map<String, Object> answers) {
        TaskView task = await(() -> listMyTasks.list(person, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(t -> kind.equals(t.kind()) && businessReference.equals(t.businessReference())).findFirst(),
                "task " + kind + " of " + businessReference);
        completeTask.complete(person, Long.parseLong(task.key()), answers);
    }

    /** Waits until the probe finds something. */
    static <T> T await(Supplier<Optional<T>> probe, String what) {
        long giveUp = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("The demo history waited " + WAIT + " in vain for " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }
}
