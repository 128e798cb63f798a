package uk.stpartnership.workflow.complaints;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.letters.Letter;
import uk.stpartnership.workflow.letters.LetterSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What notification-service needs to send one of a complaint's emails: who it goes to and the texts the template
 * shows, read from workflow-service's tables when the email is sent, so that neither the complainant's address nor
 * any text about the complaint is ever a process variable. A response goes only once its screening found it clean.
 */
@Singleton
public class ComplaintLetters implements LetterSource {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintLetters.class);
    static final String PATTERN_FOUND_BRIEFING = "The perpetrator-proofing review found that this complaint is part of a pattern of"
            + " systems abuse, so the complainant's words are not shared here. The complaints team will talk you through what it"
            + " means for your worker.";

    private final ComplaintRepository complaints;
    private final ComplaintTexts texts;
    private final AuditLog auditLog;

    public ComplaintLetters(ComplaintRepository complaints, ComplaintTexts texts, AuditLog auditLog) {
        this.complaints = complaints;
        this.texts = texts;
        this.auditLog = auditLog;
    }

    @Override
    public String kind() {
        return "complaint";
    }

    @Override
    public Letter letter(UUID complaintId, String template, UUID draftId) {
        Complaint complaint = complaints.findById(complaintId).orElseThrow(() -> ProblemException.notFound("Complaint"));
        List<Map<String, String>> complainant = recipients(complaint.complainantEmail(), complaint.complainantName());
        Letter letter = switch (template) {
            case "complaint-acknowledgement" -> new Letter(complainant, Map.of());
            case "complaint-extension" -> new Letter(complainant, Map.of("extensionReason", texts.latestText(complaintId, "extensionReason")
                    .orElseThrow(() -> ProblemException.conflict("No extension reason has been given on this complaint"))));
            case "complaint-response", "complaint-final-response" -> new Letter(complainant, Map.of("responseText", screened(complaint, draftId)));
            case "complaint-worker-manager" -> new Letter(recipients(complaint.workerManagerEmail(), complaint.workerManagerName()),
                    Map.of("workersComplainedAbout", workersOf(complaint), "managerBriefing", briefing(complaint)));
            default -> throw ProblemException.notFound("Letter");
        };
        auditLog.record(new Actor("service:notification-service", complaint.borough(), Set.of()), AuditLog.Action.READ,
                ViewComplaint.entry(complaint));
        LOG.info("Complaint {}: letter {} read for sending", complaint.reference(), template);
        return letter;
    }

    /** The workers and team complained about, as the worker's manager and the support task name them. */
    static String workersOf(Complaint complaint) {
        String workers = String.join(", ", complaint.workers());
        return complaint.team() == null ? workers : workers.isEmpty() ? complaint.team() : workers + " (" + complaint.team() + ")";
    }

    private String screened(Complaint complaint, UUID draftId) {
        if (draftId == null) {
            throw ProblemException.badField("draftId", "is required for a response");
        }
        ComplaintTexts.Draft draft = texts.draft(complaint.id(), draftId).orElseThrow(() -> ProblemException.notFound("Draft"));
        if (!draft.screenedClean()) {
            throw ProblemException.conflict("This draft has not passed disclosure screening: it cannot be sent");
        }
        return draft.text();
    }

    /** What the complaint is about, unless the review found a pattern of systems abuse: then not the complainant's words. */
    private String briefing(Complaint complaint) {
        return complaint.reviewConclusion() == Complaint.ReviewConclusion.YES ? PATTERN_FOUND_BRIEFING : complaint.about();
    }

    private static List<Map<String, String>> recipients(String email, String name) {
        if (email == null) {
            return List.of();
        }
        return List.of(name == null ? Map.of("email", email) : Map.of("email", email, "name", name));
    }
}
