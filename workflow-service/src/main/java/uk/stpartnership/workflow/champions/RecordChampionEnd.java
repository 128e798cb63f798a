package uk.stpartnership.workflow.champions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The implementation lead records that an active champion stopped being active or is leaving the borough: today or
 * earlier ends the agreement now; a leaving date to come ends it on that day (the process's timer).
 */
@Singleton
public class RecordChampionEnd {

    private static final Logger LOG = LoggerFactory.getLogger(RecordChampionEnd.class);

    private final ChampionRepository champions;
    private final ChampionProcesses processes;
    private final ChampionAccess access;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;
    private final AuditLog auditLog;

    RecordChampionEnd(ChampionRepository champions, ChampionProcesses processes, ChampionAccess access, RequestValidator validator,
                      BoroughCalendars calendars, AuditLog auditLog) {
        this.champions = champions;
        this.processes = processes;
        this.access = access;
        this.validator = validator;
        this.calendars = calendars;
        this.auditLog = auditLog;
    }

    @Transactional
    public ChampionSummary record(Actor actor, UUID id, UncheckedBody<ChampionEndRequest> body) {
        Champion visible = champions.findById(id).filter(c -> access.sees(actor, c.borough()))
                .orElseThrow(() -> ProblemException.notFound("Champion"));
        access.checkLeadOf(actor, visible.borough(), "Champion");
        ChampionEndRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must say when and why the champion stops");
        }
        validator.check(request);
        Champion champion = champions.findForUpdate(id).orElseThrow();
        if (champion.status() != Champion.Status.ACTIVE || champion.leavingOn() != null || champion.endedOn() != null) {
            throw ProblemException.conflict("Only an active champion without a recorded end can be recorded as stopping");
        }
        LocalDate today = calendars.today();
        String reason = request.reason().strip();
        if (request.endedOn().isAfter(today)) {
            champions.recordEnd(id, request.endedOn(), null, reason, actor.id());
            processes.leavingOn(id, calendars.at(request.endedOn(), LocalTime.MIDNIGHT).toInstant());
        } else {
            champions.recordEnd(id, null, request.endedOn(), reason, actor.id());
            processes.stopped(id);
        }
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("champion", id.toString(), null)
                .changing(List.of(AuditLog.Change.named("end"))));
        LOG.info("Champion {} stops on {} (recorded by {})", id, request.endedOn(), actor.id());
        return champions.summary(id).orElseThrow();
    }
}
