package uk.stpartnership.uiapi.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.DateInput;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.signin.SignedInPerson;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.uiapi.tasks.TaskFormPage;
import uk.stpartnership.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The case-audit pages: the rounds a person sees, the audit tool's versions, planning a round, and a round with its
 * sample and, while it is planned, the cohort upload. workflow-service decides who sees what (its 404 is the page's)
 * and checks every answer; the pages put its refusals on their inputs. Cases are case references only.
 */
@Controller("/audits")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseAuditPages {

    private static final int PAGE_SIZE = 20;
    /** The earlier rounds a follow-up may name, newest first. */
    private static final int ROUNDS_OFFERED = 100;
    /** The API refuses a cohort file this large (CohortFile); the page says so without sending it. */
    static final long MAXIMUM_FILE_BYTES = 10L * 1024 * 1024;
    private static final Pattern MEMBER = Pattern.compile("(auditors|moderators)\\[(\\d+)].*");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("BASELINE", "Baseline"), Map.entry("FOLLOW_UP", "Follow-up"), Map.entry("ROUTINE", "Routine"),
            Map.entry("PLANNED", "Planned: waiting for its cohort"), Map.entry("SAMPLED", "Sample drawn"),
            Map.entry("RESOLVING", "Resolving disagreements"), Map.entry("SIGNING_OFF", "Waiting for the borough lead's sign-off"),
            Map.entry("SIGNED_OFF", "Findings signed off"),
            Map.entry("CHAMPION", "Champion"), Map.entry("ST_TRAINED", "S&T trained"), Map.entry("NOT_TRAINED", "Not trained"));
    private static final List<String> PURPOSES = List.of("BASELINE", "FOLLOW_UP", "ROUTINE");
    /** The plan form's inputs in the page's order. */
    private static final List<String> PLAN_INPUTS = List.of("purpose", "follows", "boroughs", "cohortDescription", "sampleSize",
            "auditors", "moderators", "dueOn", "followUpDueOn");
    /** The plan form's inputs, with the words its errors use. */
    private static final Map<String, String> PLAN_WORDS = Map.of(
            "purpose", "The purpose", "follows", "The round it follows", "cohortDescription", "The cohort's description",
            "sampleSize", "The sample size", "boroughs", "The boroughs", "auditors", "The auditors", "moderators", "The moderators",
            "dueOn", "The day the round is due", "followUpDueOn", "The day its follow-up should have started by");

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;
    private final PeopleDirectory directory;

    CaseAuditPages(Pages pages, WorkflowPages workflow, TokenClaims claims, PeopleDirectory directory) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
        this.directory = directory;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> rounds(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<CaseAudits.Round> found = workflow.get(person, "/internal/audits/rounds?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(CaseAudits.Round.class));
        Map<String, String> boroughs = directory.organisationNames();
        Map<String, Object> model = model(person, "Case audits");
        model.put("rows", found.items().stream().map(r -> List.of(r.id(), r.reference(), boroughNames(r.boroughs(), boroughs),
                r.cohortDescription(), words(r.purpose()), words(r.status()), DueDates.day(r.dueOn()))).toList());
        model.put("total", found.total());
        model.put("pagination", Pagination.of(shown, found.pages(), p -> "/audits" + (p == 0 ? "" : "?page=" + p)));
        model.put("mayPlan", mayPlan(person));
        model.put("seesSummary", CaseAudits.seesSummary(claims.signedIn(person)));
        return new ModelAndView<>("audits/rounds", model);
    }

    @Get(value = "/tools", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> tools(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<CaseAudits.Tool> found = workflow.get(person, "/internal/audits/tools?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(CaseAudits.Tool.class));
        Map<String, String> names = directory.displayNames(found.items().stream().map(CaseAudits.Tool::madeBy).toList());
        Map<String, Object> model = model(person, "The audit tool");
        model.put("rows", found.items().stream().map(t -> List.of(t.id(), t.name() + ", version " + t.version(),
                Integer.toString(t.criteria().size()), names.get(t.madeBy()), DueDates.day(DueDates.dayOf(t.madeAt())))).toList());
        model.put("pagination", Pagination.of(shown, found.pages(), p -> "/audits/tools" + (p == 0 ? "" : "?page=" + p)));
        return new ModelAndView<>("audits/tools", model);
    }

    @Get(value = "/tools/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> tool(Authentication person, @PathVariable UUID id) {
        CaseAudits.Tool tool = workflow.get(person, "/internal/audits/tools/" + id, Argument.of(CaseAudits.Tool.class));
        List<SummaryRow> about = new ArrayList<>();
        about.add(new SummaryRow("Version", Integer.toString(tool.version())));
        about.add(new SummaryRow("Made by", directory.displayNames(List.of(tool.madeBy())).get(tool.madeBy()) + " on "
                + DueDates.day(DueDates.dayOf(tool.madeAt()))));
        // A criterion that continues one of the version this was made from is shown by that one's number.
        Map<String, String> continued = new HashMap<>();
        if (tool.basedOn() != null) {
            CaseAudits.Tool basedOn = workflow.get(person, "/internal/audits/tools/" + tool.basedOn(), Argument.of(CaseAudits.Tool.class));
            basedOn.criteria().forEach(c -> continued.put(c.id(), "Criterion " + c.position() + " of version " + basedOn.version()));
            about.add(new SummaryRow("Made from", "Version " + basedOn.version()));
        }
        Map<String, Object> model = model(person, tool.name() + ", version " + tool.version());
        model.put("tool", tool);
        model.put("about", about);
        // A first version continues nothing: its table has no column for it.
        model.put("head", tool.basedOn() == null ? List.of("Number", "Criterion") : List.of("Number", "Criterion", "Continues"));
        model.put("criteria", tool.criteria().stream().sorted(Comparator.comparingInt(CaseAudits.Criterion::position))
                .map(c -> tool.basedOn() == null ? List.of(Integer.toString(c.position()), c.wording())
                        : List.of(Integer.toString(c.position()), c.wording(), continued.getOrDefault(c.correspondsTo(), "New in this version")))
                .toList());
        return new ModelAndView<>("audits/tool", model);
    }

    @Get(value = "/rounds/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> planForm(Authentication person) {
        if (!mayPlan(person)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only implementation leads and project managers plan audit rounds");
        }
        return planPage(person, FormData.parse(null), Map.of());
    }

    @Post(value = "/rounds/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> plan(Authentication person, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> round = new LinkedHashMap<>();
        if (mayChooseBoroughs(person)) {
            round.put("boroughs", sent.all("boroughs").isEmpty() ? null : sent.all("boroughs"));
        }
        round.put("purpose", blankAsNull(sent.text("purpose")));
        round.put("follows", blankAsNull(sent.text("follows")));
        round.put("cohortDescription", blankAsNull(sent.text("cohortDescription")));
        round.put("sampleSize", FormData.number(sent.text("sampleSize")));
        if (round.get("sampleSize") instanceof String) {
            errors.put("sampleSize", "The sample size must be a whole number, like 15");
        }
        round.put("byTeam", sent.first("byTeam") != null);
        round.put("dueOn", date(sent, "dueOn", errors));
        round.put("followUpDueOn", date(sent, "followUpDueOn", errors));
        round.put("auditors", usernames(sent.text("auditors")));
        round.put("moderators", usernames(sent.text("moderators")));
        // A date or number that is none goes as typed: the API then refuses it, so nothing is stored.
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/audits/rounds", round);
        if (outcome.done()) {
            CaseAudits.Round planned = workflow.read(outcome.body(), Argument.of(CaseAudits.Round.class));
            return HttpResponse.seeOther(URI.create("/audits/rounds/" + planned.id() + "?planned=true"));
        }
        TaskFormPage.errorsOf(outcome.problem()).forEach((field, detail) -> {
            Matcher member = MEMBER.matcher(field);
            if (member.matches()) {
                List<?> named = (List<?>) round.get(member.group(1));
                int index = Integer.parseInt(member.group(2));
                errors.putIfAbsent(member.group(1), (member.group(1).equals("auditors") ? "Auditor " : "Moderator ")
                        + (index < named.size() ? named.get(index) : "") + " " + detail);
            } else {
                String input = field.replaceAll("\\[.*", "");
                if (!PLAN_WORDS.containsKey(input)) {
                    errors.putIfAbsent("round", field + " " + detail);
                } else {
                    Object answer = round.get(input);
                    errors.putIfAbsent(input, answer == null || answer instanceof List<?> list && list.isEmpty() ? missing(input)
                            : PLAN_WORDS.get(input) + " " + detail);
                }
            }
        });
        if (errors.isEmpty()) {
            errors.put("round", outcome.problem().detail());
        }
        return HttpResponse.badRequest(planPage(person, sent, errors));
    }

    private ModelAndView<Map<String, Object>> planPage(Authentication person, FormData sent, Map<String, String> errors) {
        Listed<CaseAudits.Round> earlier = workflow.get(person, "/internal/audits/rounds?page=0&size=" + ROUNDS_OFFERED,
                Listed.of(CaseAudits.Round.class));
        Map<String, Object> model = model(person, "Plan an audit round");
        List<ErrorLink> links = new ArrayList<>();
        // The summary lists the errors in the form's order, whatever order the API named them in.
        Stream.concat(PLAN_INPUTS.stream(), Stream.of("round")).filter(errors::containsKey)
                .forEach(input -> links.add(new ErrorLink("#" + (input.endsWith("On") ? input + "-day" : input), errors.get(input))));
        if (!links.isEmpty()) {
            model.put("page", ((Page) model.get("page")).withErrors(links));
        }
        String purpose = sent.text("purpose");
        model.put("purposes", List.of(new Choice("BASELINE", "Baseline: the round a follow-up is compared with", purpose.equals("BASELINE")),
                new Choice("FOLLOW_UP", "Follow-up of an earlier round", purpose.equals("FOLLOW_UP")),
                new Choice("ROUTINE", "Routine", purpose.equals("ROUTINE"))));
        List<Choice> follows = new ArrayList<>();
        follows.add(new Choice("", "Not a follow-up", sent.text("follows").isEmpty()));
        earlier.items().forEach(r -> follows.add(new Choice(r.id(), r.reference() + " (" + words(r.purpose()) + ", due "
                + DueDates.day(r.dueOn()) + ")", r.id().equals(sent.text("follows")))));
        model.put("follows", follows);
        Map<String, String> organisations = directory.organisationNames();
        model.put("boroughs", mayChooseBoroughs(person) ? organisations.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(o -> new Choice(o.getKey(), o.getValue(), sent.all("boroughs").contains(o.getKey()))).toList() : List.of());
        model.put("byTeam", List.of(new Choice("true", "Share the sample between teams in proportion to their cases", sent.first("byTeam") != null)));
        Map<String, String> answers = new HashMap<>();
        for (String input : List.of("cohortDescription", "sampleSize", "auditors", "moderators", "dueOn-day", "dueOn-month", "dueOn-year",
                "followUpDueOn-day", "followUpDueOn-month", "followUpDueOn-year")) {
            answers.put(input, sent.text(input));
        }
        model.put("answers", answers);
        model.put("errors", errors);
        return new ModelAndView<>("audits/plan", model);
    }

    @Get(value = "/rounds/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> round(Authentication person, @PathVariable UUID id, @QueryValue(defaultValue = "false") boolean planned,
                                            @QueryValue(defaultValue = "false") boolean uploaded) {
        return roundPage(person, id, planned, uploaded, null);
    }

    /** The cohort file from the round's page (multipart: CsrfCheck finds the form's token among its parts), sent to the API as its text. */
    @Post(value = "/rounds/{id}/cohort", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(Authentication person, @PathVariable UUID id, @Part("file") @Nullable CompletedFileUpload file) {
        String error;
        if (file == null || (file.getFilename() == null || file.getFilename().isEmpty()) && file.getSize() == 0) {
            error = "Select the cohort file";
        } else if (file.getSize() >= MAXIMUM_FILE_BYTES) {
            error = "The file must be smaller than 10 MB: a cohort file holds case references only, a few kilobytes";
        } else {
            String text = utf8(file);
            if (text == null) {
                error = "The file is not text in UTF-8: save it from the spreadsheet as CSV UTF-8";
            } else {
                WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/audits/rounds/" + id + "/cohort", Map.of("file", text));
                if (outcome.done()) {
                    return HttpResponse.seeOther(URI.create("/audits/rounds/" + id + "?uploaded=true"));
                }
                String detail = TaskFormPage.errorsOf(outcome.problem()).get("file");
                error = detail == null ? outcome.problem().detail()
                        : (detail.startsWith("row ") || detail.startsWith("column ") ? "The file's " : "The file ") + detail;
            }
        }
        return HttpResponse.badRequest(roundPage(person, id, false, false, error));
    }

    private ModelAndView<Map<String, Object>> roundPage(Authentication person, UUID id, boolean planned, boolean uploaded,
                                                        @Nullable String fileError) {
        CaseAudits.Round round = workflow.get(person, "/internal/audits/rounds/" + id, Argument.of(CaseAudits.Round.class));
        Map<String, String> names = directory.displayNames(Stream.of(round.auditors(), round.moderators(), List.of(round.plannedBy()),
                round.cases().stream().map(CaseAudits.SampledCase::auditor).toList(),
                round.cases().stream().map(CaseAudits.SampledCase::moderator).toList()).flatMap(List::stream).toList());
        List<SummaryRow> plan = new ArrayList<>();
        plan.add(new SummaryRow("Boroughs", boroughNames(round.boroughs(), directory.organisationNames())));
        plan.add(new SummaryRow("Purpose", words(round.purpose())));
        plan.add(new SummaryRow("Cohort", round.cohortDescription()));
        plan.add(new SummaryRow("Sample", round.sampleSize() + " cases" + (round.byTeam() ? ", shared between teams in proportion to their cases" : "")));
        plan.add(new SummaryRow("Where it stands", words(round.status()) + (round.sampledAt() == null ? ""
                : ", from a cohort of " + round.cohortSize() + " cases on " + DueDates.day(DueDates.dayOf(round.sampledAt())))));
        plan.add(new SummaryRow("Due", DueDates.day(round.dueOn())));
        if (round.followUp() != null) {
            plan.add(new SummaryRow("Its follow-up", followUp(round.followUp())));
        }
        // Semicolons: the names people know each other by may hold commas ("Champion, Hackney").
        plan.add(new SummaryRow("Auditors", String.join("; ", round.auditors().stream().map(names::get).toList())));
        plan.add(new SummaryRow("Moderators", String.join("; ", round.moderators().stream().map(names::get).toList())));
        plan.add(new SummaryRow("Planned by", names.get(round.plannedBy()) + " on " + DueDates.day(DueDates.dayOf(round.plannedAt()))));
        Map<String, Object> model = model(person, "Audit round " + round.reference());
        if (fileError != null) {
            model.put("page", ((Page) model.get("page")).withErrors(List.of(new ErrorLink("#file", fileError))));
        }
        model.put("round", round);
        model.put("plan", plan);
        model.put("whole", seesWhole(person, round));
        model.put("cases", round.cases().stream().map(c -> List.of(c.caseReference(), c.team() == null ? "" : c.team(),
                c.workerTraining() == null ? "" : words(c.workerTraining()), names.get(c.auditor()),
                c.moderator() == null ? "Not moderated" : names.get(c.moderator()))).toList());
        model.put("mayUpload", "PLANNED".equals(round.status()) && runs(person, round.borough()));
        model.put("mayCancelFollowUp", round.followUp() != null && List.of("PROMISED", "MISSED").contains(round.followUp().status())
                && claims.signedIn(person).roles().contains("PROJECT_MANAGER"));
        model.put("planned", planned);
        model.put("uploaded", uploaded);
        model.put("fileError", fileError);
        return new ModelAndView<>("audits/round", model);
    }

    /** Where the baseline's follow-up commitment stands, in the steering group's words. */
    private static String followUp(CaseAudits.FollowUp followUp) {
        return switch (followUp.status()) {
            case "STARTED" -> "Started: its follow-up round is planned";
            case "MISSED" -> "Not started by " + DueDates.day(followUp.dueOn()) + ": raised with the steering group"
                    + (followUp.onAgendaOf() == null ? " when its next meeting is planned" : ", on the agenda of the " + followUp.onAgendaOf());
            case "CANCELLED" -> "Cancelled on " + DueDates.day(DueDates.dayOf(followUp.cancelledAt())) + " by a decision of the decision log";
            default -> "To have started by " + DueDates.day(followUp.dueOn());
        };
    }

    private Map<String, Object> model(Authentication person, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, title, Pages.Section.AUDITS));
        return model;
    }

    /** As AuditAccess decides in workflow-service: what the page offers, never what it allows. */
    private boolean mayPlan(Authentication person) {
        List<String> roles = claims.signedIn(person).roles();
        return roles.contains("PROJECT_MANAGER") || roles.contains("IMPLEMENTATION_LEAD");
    }

    private boolean mayChooseBoroughs(Authentication person) {
        return claims.signedIn(person).roles().contains("PROJECT_MANAGER");
    }

    private boolean runs(Authentication person, String borough) {
        SignedInPerson me = claims.signedIn(person);
        return me.roles().contains("PROJECT_MANAGER") || me.roles().contains("IMPLEMENTATION_LEAD") && me.organisation().equals(borough);
    }

    private boolean seesWhole(Authentication person, CaseAudits.Round round) {
        SignedInPerson me = claims.signedIn(person);
        return me.roles().contains("PROJECT_MANAGER") || (me.roles().contains("IMPLEMENTATION_LEAD") || me.roles().contains("BOROUGH_LEAD"))
                && round.boroughs().contains(me.organisation());
    }

    private static @Nullable Object date(FormData sent, String input, Map<String, String> errors) {
        DateInput typed = DateInput.of(sent, input);
        if (typed.blank()) {
            return null;
        }
        return typed.date().map(LocalDate::toString).orElseGet(() -> {
            errors.put(input, PLAN_WORDS.get(input) + " must be a real date, like 27 3 2027");
            return typed.day() + "/" + typed.month() + "/" + typed.year();
        });
    }

    /** One username a line (or separated by commas or spaces), as typed. */
    private static List<String> usernames(String text) {
        return Arrays.stream(text.split("[\\s,;]+")).filter(u -> !u.isEmpty()).toList();
    }

    private static String missing(String input) {
        return switch (input) {
            case "purpose" -> "Select the round's purpose";
            case "auditors" -> "Enter the auditors' usernames";
            case "moderators" -> "Enter the moderators' usernames";
            case "dueOn" -> "Enter the day the round is due";
            case "cohortDescription" -> "Describe the cohort";
            case "follows" -> "Select the round it follows";
            default -> PLAN_WORDS.get(input) + " is missing";
        };
    }

    private static @Nullable String blankAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static @Nullable String utf8(CompletedFileUpload file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String boroughNames(List<String> boroughs, Map<String, String> names) {
        return String.join(", ", boroughs.stream().map(b -> names.getOrDefault(b, b)).toList());
    }

    private static String words(String value) {
        return WORDS.getOrDefault(value, value);
    }
}
