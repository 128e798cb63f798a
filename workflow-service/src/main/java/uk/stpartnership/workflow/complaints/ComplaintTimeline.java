package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.complaints.ComplaintDetail.Happened;
import uk.stpartnership.workflow.complaints.ComplaintDetail.Happened.Kind;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.ProcessTasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happened to a complaint, oldest first, for its page: from its own records and its process's finished tasks.
 * A blocked draft names the kinds of protected detail it disclosed, never the details, so the timeline can be shown
 * to everyone who may see the complaint. A complaint's history is a few dozen entries, so it comes whole.
 */
@Singleton
class ComplaintTimeline {

    private final ComplaintRepository complaints;
    private final ComplaintTexts texts;
    private final ProcessTasks tasks;
    private final BoroughCalendars calendars;

    ComplaintTimeline(ComplaintRepository complaints, ComplaintTexts texts, ProcessTasks tasks, BoroughCalendars calendars) {
        this.complaints = complaints;
        this.texts = texts;
        this.tasks = tasks;
        this.calendars = calendars;
    }

    List<Happened> of(Complaint complaint, @Nullable ComplaintDetail.Review review, List<OmbudsmanEnquiry> enquiries) {
        List<Happened> timeline = new ArrayList<>();
        timeline.add(new Happened(onDay(complaint.receivedOn()), Kind.RECEIVED, "Complaint received", null, List.of(complaint.channel().name())));
        for (InboxTask task : tasks.completed(OutboxComplaintProcesses.PROCESS_ID, complaint.reference())) {
            // The review is its own entry, with its conclusion.
            if (!task.kind().equals(ComplaintForms.PERPETRATOR_PROOFING_REVIEW)) {
                timeline.add(new Happened(task.completedAt(), Kind.TASK_DONE, task.title(), task.completedBy(), List.of()));
            }
        }
        if (review != null) {
            timeline.add(new Happened(review.reviewedAt(), Kind.REVIEWED, "Perpetrator-proofing review concluded", review.reviewedBy(),
                    List.of(review.conclusion().name())));
        }
        for (ComplaintTexts.Draft draft : texts.draftsOf(complaint.id())) {
            if (draft.screenedAt() != null) {
                timeline.add(draft.screenedClean()
                        ? new Happened(draft.screenedAt(), Kind.DRAFT_CLEAN, "Draft response screened: it names no protected detail", draft.writtenBy(), List.of())
                        : new Happened(draft.screenedAt(), Kind.DRAFT_BLOCKED, "Draft response blocked: it named a protected detail", draft.writtenBy(),
                        draft.matches().stream().map(ComplaintTimeline::kindOf).distinct().toList()));
            }
        }
        if (complaint.progress().stage2RequestedOn() != null) {
            timeline.add(new Happened(onDay(complaint.progress().stage2RequestedOn()), Kind.STAGE_REQUESTED, "Stage 2 asked for", null,
                    List.of(Complaint.Stage.STAGE2.name())));
        }
        if (complaint.progress().stage3RequestedOn() != null) {
            timeline.add(new Happened(onDay(complaint.progress().stage3RequestedOn()), Kind.STAGE_REQUESTED, "Stage 3 asked for", null,
                    List.of(Complaint.Stage.STAGE3.name())));
        }
        for (MissedDeadline missed : complaints.missedDeadlinesOf(complaint.id())) {
            timeline.add(new Happened(missed.missedAt(), Kind.DEADLINE_MISSED, "Deadline missed: " + missed.task(), null, List.of()));
        }
        for (OmbudsmanEnquiry enquiry : enquiries) {
            timeline.add(new Happened(onDay(enquiry.receivedOn()), Kind.OMBUDSMAN_ENQUIRY, "Ombudsman enquiry " + enquiry.reference(), null,
                    enquiry.decision() == null ? List.of() : List.of(enquiry.decision().name())));
        }
        if (complaint.progress().closedAt() != null) {
            timeline.add(new Happened(complaint.progress().closedAt(), Kind.CLOSED, "Complaint closed", null,
                    complaint.outcome() == null ? List.of() : List.of(complaint.outcome().name())));
        }
        timeline.sort(Comparator.comparing(Happened::at));
        return timeline;
    }

    /** A date's entry sorts before anything timed that day. */
    private Instant onDay(LocalDate day) {
        return day.atStartOfDay(calendars.zone()).toInstant();
    }

    /** "REFUGE: Nightingale House" → "REFUGE". */
    private static String kindOf(String match) {
        int colon = match.indexOf(':');
        return colon < 0 ? ProtectedDetail.Kind.OTHER.name() : match.substring(0, colon);
    }
}
