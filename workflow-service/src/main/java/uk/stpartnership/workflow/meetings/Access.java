package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpStatus;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

/** Checks shared by the governance use cases. */
final class Access {

    private Access() {
    }

    /** After the record was found visible: a member who may see it but not change it is told so (403). */
    static void requireProjectManager(Actor actor, String detail) {
        if (!actor.holds(Role.PROJECT_MANAGER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, detail);
        }
    }
}
