package uk.stpartnership.workflow.demo;

import jakarta.inject.Singleton;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.complaints.Complaint;
import uk.stpartnership.workflow.complaints.ComplaintRequest;
import uk.stpartnership.workflow.complaints.ComplaintView;
import uk.stpartnership.workflow.complaints.MoveComplaint;
import uk.stpartnership.workflow.complaints.ProtectedDetail;
import uk.stpartnership.workflow.complaints.RecordComplaint;
import uk.stpartnership.workflow.complaints.ViewComplaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hackney's complaints at each stage, recorded by the complaints officer and taken forward through the tasks as the
 * team would: one just received, one in its perpetrator-proofing review, one open at stage 1, one at stage 2 (its
 * stage 1 response late, so the deadline view has it), one withdrawn and one resolved early. The people and the
 * family are invented; the one protected detail is there to show that it never reaches a response or the engine.
 */
@Singleton
class ComplaintHistory {

    private static final Actor OFFICER = DemoInbox.person("complaints-officer.hackney");

    private final RecordComplaint recordComplaint;
    private final MoveComplaint moveComplaint;
    private final ViewComplaint viewComplaint;
    private final DemoInbox inbox;

    ComplaintHistory(RecordComplaint recordComplaint, MoveComplaint moveComplaint, ViewComplaint viewComplaint, DemoInbox inbox) {
        this.recordComplaint = recordComplaint;
        this.moveComplaint = moveComplaint;
        this.viewComplaint = viewComplaint;
        this.inbox = inbox;
    }

    void load(LocalDate today) {
        record(today, "Jordan Ellis", Complaint.Relationship.OTHER, Complaint.Answer.NO,
                "The visit on Monday was cancelled without notice", List.of());

        ComplaintView inReview = record(today.minusDays(2), "Chris Mason", Complaint.Relationship.PERSON_CAUSING_HARM, Complaint.Answer.YES,
                "The social worker took the mother's side and will not tell me where my children go to school",
                List.of(new ProtectedDetail(ProtectedDetail.Kind.SCHOOL, "Riverside Primary")));
        acknowledge(inReview);

        ComplaintView atStage1 = record(today.minusDays(4), "Sam Patel", Complaint.Relationship.OTHER_PARENT, Complaint.Answer.NO,
                "Letters about the child in need plan arrive late", List.of());
        acknowledge(atStage1);

        ComplaintView atStage2 = record(today.minusWeeks(3), "Robin Hughes", Complaint.Relationship.OTHER_PARENT, Complaint.Answer.NO,
                "The assessment did not record what I said about the school run", List.of());
        acknowledge(atStage2);
        inbox.complete(OFFICER, "respond-stage1", atStage2.reference(), Map.of("decision", "RESPOND", "outcome", "NOT_UPHELD",
                "draftResponse", "We looked at each of your concerns with the team manager and do not uphold your complaint."));
        DemoInbox.await(() -> Optional.of(viewComplaint.view(OFFICER, atStage2.id()).complaint())
                .filter(c -> "stage2-request-window".equals(c.deadlinePeriod())), "the stage 1 response to " + atStage2.reference());
        moveComplaint.requestStage(OFFICER, atStage2.id(), Complaint.Stage.STAGE2,
                UncheckedBody.of(new MoveComplaint.NextStageRequest(today)));

        ComplaintView withdrawn = record(today.minusWeeks(5), "Morgan Reid", Complaint.Relationship.OTHER, Complaint.Answer.NO,
                "Nobody returned my calls for a week", List.of());
        acknowledge(withdrawn);
        moveComplaint.end(OFFICER, withdrawn.id(), Complaint.Outcome.WITHDRAWN,
                UncheckedBody.of(new MoveComplaint.Ending("Resolved with the team manager")));

        ComplaintView resolved = record(today.minusWeeks(6), "Taylor Brooks", Complaint.Relationship.OTHER_PARENT, Complaint.Answer.NO,
                "The contact centre had the wrong phone number for me", List.of());
        acknowledge(resolved);
        moveComplaint.end(OFFICER, resolved.id(), Complaint.Outcome.RESOLVED_EARLY,
                UncheckedBody.of(new MoveComplaint.Ending("The number was corrected")));
    }

    private ComplaintView record(LocalDate receivedOn, String complainant, Complaint.Relationship relationship,
                                 Complaint.Answer personCausingHarm, String about, List<ProtectedDetail> protectedDetails) {
        String firstName = complainant.substring(0, complainant.indexOf(' '));
        String email = complainant.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.test";
        ComplaintRequest request = new ComplaintRequest(receivedOn, Complaint.Channel.EMAIL, complainant, null, email, relationship,
                List.of("Jo Okafor"), "Hackney CIN 2", new ComplaintRequest.WorkerManager("Dee Team-Manager", "team.manager@example.test"),
                "HK-DEMO-" + firstName.toUpperCase(Locale.ROOT), about, personCausingHarm, protectedDetails);
        return recordComplaint.record(OFFICER, UncheckedBody.of(request));
    }

    private void acknowledge(ComplaintView complaint) {
        inbox.complete(OFFICER, "acknowledge-complaint", complaint.reference(), Map.of());
    }
}
