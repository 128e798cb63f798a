package uk.stpartnership.workflow.audits;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

/**
 * Who may do what with case audits. The tool holds no case and no person: anyone signed in reads it; the partnership's
 * project managers and the boroughs' implementation leads, who run the rounds, make its new versions.
 */
@Singleton
class AuditAccess {

    void checkRevisesTools(Actor actor) {
        if (!actor.holdsAny(Role.PROJECT_MANAGER, Role.IMPLEMENTATION_LEAD)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only project managers and implementation leads make new versions of the audit tool");
        }
    }
}
