package uk.stpartnership.uiapi.complaints;

import uk.stpartnership.uiapi.tasks.InboxEntry.FormField;

import java.util.List;

/**
 * The complaint pages' forms, as field definitions like a task's, so that one generator draws them and reads them back
 * (TaskFormPage): names are the API's field paths, so a 400's field leads to its input. Lengths are the API's own,
 * but an email address's is left to the API, so that it gets an input rather than a textarea.
 */
final class ComplaintFields {

    static final String PROTECTED_DETAILS = "protectedDetails";

    /** Step 1 of recording: the complaint itself. */
    static final List<FormField> DETAILS = List.of(
            date("receivedOn", "Date the complaint was received"),
            choice("channel", "How it came in", true, "EMAIL", "LETTER", "PHONE", "IN_PERSON", "ONLINE", "OTHER"),
            text("complainantName", "Complainant's name", false, 200),
            text("complainantContact", "How to contact the complainant", false, 300),
            text("complainantEmail", "Complainant's email address", false, 0),
            choice("complainantRelationship", "The complainant's relationship to the child", true, "PERSON_CAUSING_HARM", "OTHER_PARENT", "CHILD", "OTHER"),
            choice("complainantIsPersonCausingHarm", "Is the complainant the person causing harm in the linked case?", true, "YES", "NO", "NOT_KNOWN"),
            new FormField("workers", "Worker complained about", "TEXT_LIST", false, null, null, 200, false, 20, null),
            text("team", "Their team", false, 200),
            text("workerManager.name", "Their manager's name", false, 200),
            text("workerManager.email", "Their manager's email address", false, 0),
            text("caseReference", "Linked case reference", false, 40),
            text("about", "What the complaint is about", true, 10000));

    /** Step 2: what no response may disclose about the victim-survivor. */
    static final List<FormField> PROTECTED = List.of(
            new FormField(PROTECTED_DETAILS, "Protected detail", "RECORDS", false, null, null, 0, false, 50, List.of(
                    choice("kind", "What kind of detail it is", true, "AREA", "ADDRESS", "REFUGE", "SCHOOL", "CONTACT_DETAILS", "DISCLOSURE", "OTHER"),
                    text("detail", "The detail, as a response might write it", true, 1000))));

    static final List<FormField> STAGE_REQUEST = List.of(date("requestedOn", "Date the complainant asked"));

    static final List<FormField> ENDING = List.of(text("reason", "Why it ends", true, 2000));

    static final List<FormField> OMBUDSMAN_ENQUIRY = List.of(
            text("reference", "The ombudsman's reference", true, 100),
            date("receivedOn", "Date the enquiry was received"),
            choice("decision", "The ombudsman's decision, if made", false, "NOT_INVESTIGATED", "NO_FAULT", "FAULT_NO_INJUSTICE", "FAULT_AND_INJUSTICE", "UPHELD_REMEDY"),
            new FormField("decidedOn", "Date of the decision", "DATE", false, null, null, 0, false, 0, null));

    static final List<FormField> ASSIGNMENTS = List.of(
            text("reviewerId", "S&T reviewer (their username)", false, 100),
            text("investigatorId", "Investigator (their username)", false, 100),
            text("managerId", "Complaints manager (their username)", false, 100));

    static final List<FormField> SCREEN = List.of(text("text", "Draft response", true, 100000));

    private ComplaintFields() {
    }

    private static FormField date(String name, String label) {
        return new FormField(name, label, "DATE", true, null, null, 0, false, 0, null);
    }

    private static FormField text(String name, String label, boolean required, int maxLength) {
        return new FormField(name, label, "TEXT", required, null, null, maxLength, false, 0, null);
    }

    private static FormField choice(String name, String label, boolean required, String... options) {
        return new FormField(name, label, "CHOICE", required, null, List.of(options), 0, false, 0, null);
    }
}
