package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.util.List;

/**
 * Who may do what with case audits. The tool holds no case and no person: anyone signed in reads it; the partnership's
 * project managers and the boroughs' implementation leads, who run the rounds, make its new versions. A round is its
 * borough's: its implementation lead runs it, its leads see it whole, as project managers see every round; its
 * auditors and moderators see it with their own cases only. To anyone else, evaluators included (they see findings,
 * never case references), it does not exist.
 */
@Singleton
class AuditAccess {

    /** What of a round the person sees: NONE is a 404. */
    enum View { WHOLE, OWN_CASES, NONE }

    View viewOf(Actor actor, AuditRound round, List<AuditRoundMember> members) {
        if (actor.holds(Role.PROJECT_MANAGER) || actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD)
                && round.boroughs().contains(actor.organisation())) {
            return View.WHOLE;
        }
        return members.stream().anyMatch(m -> m.personId().equals(actor.id())) ? View.OWN_CASES : View.NONE;
    }

    /** The borough whose rounds the person's list shows in full; null for every borough (project managers). */
    @Nullable
    String boroughOf(Actor actor) {
        if (actor.holds(Role.EVALUATOR) && !actor.holds(Role.PROJECT_MANAGER)) {
            throw ProblemException.notFound("Resource");
        }
        return actor.holds(Role.PROJECT_MANAGER) ? null : actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD) ? actor.organisation() : "";
    }

    /** Findings are aggregates: whoever sees the round in any part sees them, and evaluators (small counts withheld). */
    boolean seesFindings(Actor actor, AuditRound round, List<AuditRoundMember> members) {
        return actor.holds(Role.EVALUATOR) || viewOf(actor, round, members) != View.NONE;
    }

    /**
     * The cross-borough summary is the operational and steering groups' (DOMAIN.md): project managers, the boroughs'
     * leads, steering group members and evaluators see every borough's rounds; to anyone else it does not exist.
     */
    void checkSeesSummary(Actor actor) {
        if (!actor.holdsAny(Role.PROJECT_MANAGER, Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD, Role.STEERING_GROUP_MEMBER, Role.EVALUATOR)) {
            throw ProblemException.notFound("Audit summary");
        }
    }

    /** Whether counts shown to the person go through SmallCounts. */
    boolean withholdsSmallCounts(Actor actor) {
        return actor.holds(Role.EVALUATOR);
    }

    /** Planning, and uploading the cohort: the borough's implementation lead, or a project manager. */
    void checkRuns(Actor actor, String borough) {
        if (!actor.holds(Role.PROJECT_MANAGER) && !(actor.holds(Role.IMPLEMENTATION_LEAD) && actor.organisation().equals(borough))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's implementation leads and project managers run its audit rounds");
        }
    }

    void checkRevisesTools(Actor actor) {
        if (!actor.holdsAny(Role.PROJECT_MANAGER, Role.IMPLEMENTATION_LEAD)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only project managers and implementation leads make new versions of the audit tool");
        }
    }
}
