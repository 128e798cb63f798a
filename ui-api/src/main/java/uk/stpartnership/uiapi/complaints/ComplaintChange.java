package uk.stpartnership.uiapi.complaints;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.tasks.InboxEntry.FormField;

import java.util.List;

/** What the team records on a complaint from its page, each a form of its own posted to workflow-service (docs/COMPLAINTS.md). */
public enum ComplaintChange {
    SCREEN("screen", "Screen a draft response", "POST", "/screen", "Screen the draft", null, ComplaintFields.SCREEN,
            "Paste the draft. Nothing is sent: the screening says whether it names any of the complaint's protected details."),
    STAGE2("stage2-request", "Record a stage 2 request", "POST", "/stage2-request", "Record the request",
            "Stage 2 request recorded: the investigation starts.", ComplaintFields.STAGE_REQUEST,
            "The complainant asked for the complaint to be investigated at stage 2."),
    STAGE3("stage3-request", "Record a stage 3 request", "POST", "/stage3-request", "Record the request",
            "Stage 3 request recorded: a review panel is to be convened.", ComplaintFields.STAGE_REQUEST,
            "The complainant asked for a review panel at stage 3."),
    WITHDRAWAL("withdrawal", "Record that the complaint was withdrawn", "POST", "/withdrawal", "Record the withdrawal",
            "Withdrawal recorded: the complaint ends and its open tasks close.", ComplaintFields.ENDING,
            "The complaint ends, and its open tasks close."),
    EARLY_RESOLUTION("early-resolution", "Record an early resolution", "POST", "/early-resolution", "Record the resolution",
            "Early resolution recorded: the complaint ends and its open tasks close.", ComplaintFields.ENDING,
            "The complaint was resolved to the complainant's satisfaction before a response was due. It ends, and its open tasks close."),
    OMBUDSMAN("ombudsman-enquiry", "Record an ombudsman enquiry", "POST", "/ombudsman-enquiries", "Record the enquiry",
            "Ombudsman enquiry recorded.", ComplaintFields.OMBUDSMAN_ENQUIRY,
            "The Local Government and Social Care Ombudsman asked about the complaint."),
    ASSIGNMENTS("assignments", "Change who is assigned", "PUT", "/assignments", "Save the assignments", "Assignments saved.",
            ComplaintFields.ASSIGNMENTS, "The people assigned see the complaint as the team does. Leave a box empty to assign nobody.");

    private final String path;
    private final String title;
    private final String method;
    private final String internalPath;
    private final String button;
    private final @Nullable String done;
    private final List<FormField> fields;
    private final String lead;

    ComplaintChange(String path, String title, String method, String internalPath, String button, @Nullable String done,
                    List<FormField> fields, String lead) {
        this.path = path;
        this.title = title;
        this.method = method;
        this.internalPath = internalPath;
        this.button = button;
        this.done = done;
        this.fields = fields;
        this.lead = lead;
    }

    static @Nullable ComplaintChange of(String path) {
        for (ComplaintChange change : values()) {
            if (change.path.equals(path)) {
                return change;
            }
        }
        return null;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    String method() {
        return method;
    }

    String internalPath() {
        return internalPath;
    }

    public String button() {
        return button;
    }

    @Nullable String done() {
        return done;
    }

    List<FormField> fields() {
        return fields;
    }

    public String lead() {
        return lead;
    }
}
