package uk.stpartnership.workflow.consultations;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

/**
 * The borough's consultation requests, newest first, with the consultations held: for the people who ask for and give
 * them in that borough (practitioners, champions, its implementation lead). Partnership-wide roles see the monthly
 * counts instead: case references are the borough's. The list is recorded as one read naming every request shown.
 */
@Singleton
public class ListConsultations {

    private final ConsultationRepository consultations;
    private final AuditLog auditLog;

    public ListConsultations(ConsultationRepository consultations, AuditLog auditLog) {
        this.consultations = consultations;
        this.auditLog = auditLog;
    }

    @Transactional
    public Page<BoroughConsultation> list(Actor actor, PageRequest page) {
        if (!actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.CHAMPION, Role.PRACTITIONER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only a borough's practitioners, champions and implementation lead list its consultations");
        }
        var found = consultations.ofBorough(actor.organisation(), page.pageable());
        auditLog.recordList(actor, "consultation-request", found.getContent().stream()
                .map(c -> new AuditLog.Entry("consultation-request", c.id().toString(), c.caseReference())).toList());
        return Page.of(found);
    }
}
