package uk.stpartnership.workflow.meetings;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;

import java.util.UUID;

/**
 * The project manager changes a series' cadence, times, members or lead times; the change applies from the next
 * meeting planned (a planned meeting keeps its settings), or closes the series.
 */
@Singleton
public class ChangeMeetingSeries {

    private final MeetingSeriesRepository series;
    private final SeriesRequestCheck check;
    private final GovernanceProcesses processes;
    private final AuditLog auditLog;

    public ChangeMeetingSeries(MeetingSeriesRepository series, SeriesRequestCheck check, GovernanceProcesses processes, AuditLog auditLog) {
        this.series = series;
        this.check = check;
        this.processes = processes;
        this.auditLog = auditLog;
    }

    @Transactional
    public MeetingSeries change(Actor actor, UUID id, MeetingSeriesRequest request) {
        MeetingSeries current = openSeriesForProjectManager(actor, id);
        check.checkChange(request, current);
        MeetingSeries changed = MeetingSeries.of(id, request, current.firstMeetingOn(), current.status(), current.createdBy(), current.createdAt());
        series.update(changed);
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("meeting-series", id.toString(), null));
        return changed;
    }

    /** No more meetings are planned; meetings already planned go ahead unless cancelled. */
    @Transactional
    public MeetingSeries close(Actor actor, UUID id) {
        openSeriesForProjectManager(actor, id);
        series.close(id);
        processes.seriesClosed(id);
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("meeting-series", id.toString(), null));
        return series.find(id).orElseThrow();
    }

    private MeetingSeries openSeriesForProjectManager(Actor actor, UUID id) {
        MeetingSeries current = series.findForUpdate(id).filter(s -> s.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound("Meeting series"));
        Access.requireProjectManager(actor, "Only project managers change meeting series");
        if (current.status() == MeetingSeries.Status.CLOSED) {
            throw ProblemException.conflict("This meeting series is closed");
        }
        return current;
    }
}
