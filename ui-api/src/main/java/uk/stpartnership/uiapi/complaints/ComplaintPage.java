package uk.stpartnership.uiapi.complaints;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.complaints.ComplaintViews.AuditEvent;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Complaint;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Happened;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Screened;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Shown;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Summary;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.Labels;
import uk.stpartnership.uiapi.pages.Words;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.pages.govuk.Tag;
import uk.stpartnership.uiapi.tasks.FormInput;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A complaint in words: its page's rows, timeline and links, and its row in the borough's list. */
@Singleton
public class ComplaintPage {

    /** A row of the borough's complaints. */
    public record Row(String id, String reference, String receivedOn, String relationship, String stage, @Nullable Tag tag, String due) {
    }

    /** One entry of the timeline; {@code warning}: a blocked draft or a missed deadline. */
    public record TimelineEntry(String title, @Nullable String by, String datetime, String when, @Nullable String description, boolean warning) {
    }

    public record Link(String text, String href) {
    }

    /** The screening's answer: what the draft named, and the terms to reconsider. */
    public record Screening(boolean blocked, List<String> matches, List<String> warnings) {
    }

    private static final List<String> STAGES = List.of("RECEIVED", "STAGE1", "STAGE2", "STAGE3", "OMBUDSMAN");
    private static final Map<String, String> PERIODS = Map.ofEntries(
            Map.entry("acknowledgement", "Acknowledgement"),
            Map.entry("stage1", "Stage 1 response"),
            Map.entry("stage1-extended", "Stage 1 response, extended"),
            Map.entry("stage2-request-window", "The complainant may ask for stage 2"),
            Map.entry("stage2", "Stage 2 investigation"),
            Map.entry("stage2-extended", "Stage 2 investigation, extended"),
            Map.entry("stage3-request-window", "The complainant may ask for stage 3"),
            Map.entry("stage3-panel", "Review panel to be convened"),
            Map.entry("stage3-report", "Panel report"),
            Map.entry("stage3-response", "Council response to the panel"));
    private static final Map<String, String> CONCLUSIONS = Map.of(
            "YES", "A pattern of systems abuse was found",
            "NO", "No pattern of systems abuse was found",
            "UNCLEAR", "Whether there is a pattern of systems abuse is unclear");

    private final Labels labels;
    private final DueDates dates;

    ComplaintPage(Labels labels, DueDates dates) {
        this.labels = labels;
        this.dates = dates;
    }

    Map<String, Object> model(Shown shown, List<String> roles) {
        Complaint complaint = shown.complaint();
        boolean team = roles.contains("COMPLAINTS_OFFICER") || roles.contains("COMPLAINTS_MANAGER");
        boolean manager = roles.contains("COMPLAINTS_MANAGER");
        Map<String, Object> model = new HashMap<>();
        model.put("complaint", complaint);
        model.put("stage", stageTag(complaint.stageReached(), complaint.closedAt() != null));
        model.put("standing", standing(complaint));
        model.put("about", about(shown));
        model.put("assigned", List.of(
                new SummaryRow("S&T reviewer", orNobody(complaint.reviewerId())),
                new SummaryRow("Investigator", orNobody(complaint.investigatorId())),
                new SummaryRow("Complaints manager", orNobody(complaint.managerId()))));
        model.put("timeline", shown.timeline().stream().map(this::entry).toList().reversed());
        model.put("earlier", shown.earlierComplaints().stream()
                .map(e -> List.of(e.reference(), DueDates.day(e.receivedOn()), stageWords(e.stageReached()), e.outcome() == null ? "Open" : words(e.outcome())))
                .toList());
        model.put("enquiries", shown.ombudsmanEnquiries().stream()
                .map(e -> List.of(e.reference(), DueDates.day(e.receivedOn()), e.decision() == null ? "Not decided" : words(e.decision())))
                .toList());
        model.put("team", team);
        model.put("actions", actions(complaint, team, manager));
        return model;
    }

    Row row(Summary complaint) {
        LocalDate due = complaint.closedAt() == null ? DueDates.dayOf(complaint.deadlineAt()) : null;
        DueDates.Due shown = due == null ? null : dates.due(due);
        return new Row(complaint.id(), complaint.reference(), DueDates.day(complaint.receivedOn()), relationshipWords(complaint.complainantRelationship()),
                complaint.closedAt() != null ? "Closed" + (complaint.outcome() == null ? "" : ": " + words(complaint.outcome()).toLowerCase(Locale.UK))
                        : stageWords(complaint.stageReached()),
                shown == null ? null : shown.tag(), shown == null ? "" : shown.text());
    }

    /** The list's filter: every stage, each a link, the one shown marked. */
    List<Link> stageFilters(@Nullable String current) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(current == null ? "All stages (shown)" : "All stages", "/complaints"));
        STAGES.forEach(stage -> links.add(new Link(stageWords(stage) + (stage.equals(current) ? " (shown)" : ""), "/complaints?stage=" + stage)));
        return links;
    }

    /** The generated inputs, with the partnership's own words for the person causing harm. */
    List<FormInput> labelled(List<FormInput> inputs) {
        return inputs.stream().map(input -> input.choices().isEmpty() ? input
                : new FormInput(input.component(), input.id(), input.name(), relabelled(input.label()), input.hint(), input.error(), input.value(),
                input.date(), input.choices().stream().map(c -> new Choice(c.value(), c.value().equals("PERSON_CAUSING_HARM")
                ? capitalised(labels.personCausingHarm()) : c.text(), c.checked())).toList(), input.entries(), input.canAddAnother())).toList();
    }

    static Screening screening(Screened screened) {
        return new Screening(screened.blocked(), screened.matches().stream().map(m -> kindWords(m.kind()) + ": " + m.detail()).toList(),
                screened.warnings());
    }

    static List<String> auditRow(AuditEvent event) {
        String records = event.recordIds().isEmpty() ? event.recordType() + (event.recordId() == null ? "" : " " + event.recordId())
                : event.recordType() + " list of " + event.recordIds().size();
        String changes = event.changes().stream().map(c -> c.field() + (c.to() == null ? "" : " → " + c.to())).collect(Collectors.joining(", "));
        return List.of(DueDates.dayAndTime(event.at()), event.actorId(), words(event.action()) + (event.refused() == null ? "" : " (refused " + event.refused() + ")"),
                records, changes.isEmpty() ? "–" : changes, event.route() == null ? "–" : event.route());
    }

    static String kindWords(String kind) {
        return switch (kind) {
            case "CONTACT_DETAILS" -> "Contact details";
            default -> words(kind);
        };
    }

    private List<SummaryRow> standing(Complaint complaint) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Stage", stageWords(complaint.stageReached())));
        if (complaint.closedAt() == null && complaint.deadlineAt() != null) {
            LocalDate due = DueDates.dayOf(complaint.deadlineAt());
            DueDates.Due shown = dates.due(due);
            String period = complaint.deadlinePeriod() == null ? "Deadline" : PERIODS.getOrDefault(complaint.deadlinePeriod(), complaint.deadlinePeriod());
            rows.add(new SummaryRow("Current deadline", period + ": " + shown.text() + (dates.isOverdue(due) ? " (overdue)" : "")));
        }
        if (complaint.closedAt() != null) {
            rows.add(new SummaryRow("Closed", DueDates.dayAndTime(complaint.closedAt()) + (complaint.outcome() == null ? "" : ": " + words(complaint.outcome()))));
        } else if (complaint.outcome() != null) {
            rows.add(new SummaryRow("Outcome so far", words(complaint.outcome())));
        }
        rows.add(new SummaryRow("Perpetrator-proofing review", !complaint.reviewRequired() ? "Not required"
                : complaint.reviewConclusion() == null ? "Required, not done yet" : CONCLUSIONS.get(complaint.reviewConclusion())));
        return rows;
    }

    private List<SummaryRow> about(Shown shown) {
        Complaint complaint = shown.complaint();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Received", DueDates.day(complaint.receivedOn()) + ", by " + words(complaint.channel()).toLowerCase(Locale.UK)));
        rows.add(new SummaryRow("Complainant", complaint.complainantName() == null ? "Not given" : complaint.complainantName()));
        rows.add(new SummaryRow("Relationship to the child", relationshipWords(complaint.complainantRelationship())));
        rows.add(new SummaryRow("Is the complainant the " + labels.personCausingHarm() + "?", words(complaint.complainantIsPersonCausingHarm())));
        rows.add(new SummaryRow("Responses go", complaint.complainantEmail() == null ? "By post" : "By email"));
        rows.add(new SummaryRow("Workers complained about", complaint.workers() == null || complaint.workers().isEmpty() ? "None named"
                : String.join(", ", complaint.workers()) + (complaint.team() == null ? "" : " (" + complaint.team() + ")")));
        rows.add(new SummaryRow("Linked case", complaint.caseReference() == null ? "None" : complaint.caseReference()));
        rows.add(new SummaryRow("What it is about", complaint.about()));
        // Only the kinds: the details themselves are on their own audited page, for the complaints team.
        rows.add(new SummaryRow("Protected details", complaint.protectedDetails() == 0 ? "None recorded"
                : complaint.protectedDetails() + " recorded: " + shown.protectedDetails().stream().map(d -> kindWords(d.kind()).toLowerCase(Locale.UK))
                .distinct().collect(Collectors.joining(", "))));
        return rows;
    }

    private List<Link> actions(Complaint complaint, boolean team, boolean manager) {
        List<Link> links = new ArrayList<>();
        String base = "/complaints/" + complaint.id() + "/";
        links.add(new Link(ComplaintChange.SCREEN.title(), base + ComplaintChange.SCREEN.path()));
        if (team) {
            if (complaint.protectedDetails() > 0) {
                links.add(new Link("See the protected details", base + "protected-details"));
            }
            if (complaint.closedAt() == null) {
                for (ComplaintChange change : List.of(ComplaintChange.STAGE2, ComplaintChange.STAGE3, ComplaintChange.WITHDRAWAL,
                        ComplaintChange.EARLY_RESOLUTION)) {
                    links.add(new Link(change.title(), base + change.path()));
                }
            }
            links.add(new Link(ComplaintChange.OMBUDSMAN.title(), base + ComplaintChange.OMBUDSMAN.path()));
        }
        if (manager) {
            links.add(new Link(ComplaintChange.ASSIGNMENTS.title(), base + ComplaintChange.ASSIGNMENTS.path()));
            links.add(new Link("See the audit trail", base + "audit"));
        }
        return links;
    }

    private TimelineEntry entry(Happened happened) {
        String description = switch (happened.kind()) {
            case "RECEIVED" -> "By " + words(happened.details().getFirst()).toLowerCase(Locale.UK);
            case "REVIEWED" -> CONCLUSIONS.getOrDefault(happened.details().getFirst(), null);
            case "DRAFT_BLOCKED" -> "Nothing was sent. It named " + happened.details().stream().map(k -> "the " + kindWords(k).toLowerCase(Locale.UK))
                    .collect(Collectors.joining(", ")) + ".";
            case "OMBUDSMAN_ENQUIRY", "CLOSED" -> happened.details().isEmpty() ? null : words(happened.details().getFirst());
            default -> null;
        };
        boolean warning = Set.of("DRAFT_BLOCKED", "DEADLINE_MISSED").contains(happened.kind());
        return new TimelineEntry(happened.title(), happened.by(), happened.at().truncatedTo(ChronoUnit.SECONDS).toString(), DueDates.dayAndTime(happened.at()), description, warning);
    }

    private Tag stageTag(String stage, boolean closed) {
        return closed ? new Tag("Closed", "grey") : new Tag(stageWords(stage), "blue");
    }

    private String relationshipWords(String relationship) {
        return relationship.equals("PERSON_CAUSING_HARM") ? capitalised(labels.personCausingHarm()) : words(relationship);
    }

    private String relabelled(String label) {
        return label.replace("person causing harm", labels.personCausingHarm());
    }

    public static String stageWords(String stage) {
        return switch (stage) {
            case "RECEIVED" -> "Received";
            case "STAGE1" -> "Stage 1";
            case "STAGE2" -> "Stage 2";
            case "STAGE3" -> "Stage 3";
            case "OMBUDSMAN" -> "Ombudsman";
            default -> words(stage);
        };
    }

    private static String orNobody(@Nullable String person) {
        return person == null ? "Nobody assigned" : person;
    }

    private static String words(String value) {
        return Words.of(value);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
