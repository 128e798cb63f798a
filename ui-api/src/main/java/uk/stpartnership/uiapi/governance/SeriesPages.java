package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.DateInput;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.signin.TokenClaims;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The meeting series: the list (governance's landing page), one series with its meetings, and the project manager's form
 * to set one up or change it. The cadence is written in words (CadenceWords); "Preview" shows the next six meeting days
 * from workflow-service before "Save" sends the series. Who may see or change what is workflow-service's to decide.
 */
@Controller("/governance")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SeriesPages {

    private static final int PAGE_SIZE = 20;
    static final List<String> GROUPS = List.of("OPERATIONAL", "STEERING", "PERFORMANCE", "OTHER");
    private static final List<String> NUMBERS = List.of("durationMinutes", "agendaCallWorkingDays", "papersWorkingDays",
            "minutesApprovalWorkingDays", "quorum");
    private static final String FIRST_MEETING = "firstMeetingOn";
    private static final String PREVIEW = "preview";
    /** What a preview depended on, sent back with the form: a save after a change to any of it previews again. */
    private static final String PREVIEWED = "previewed";

    private static final FormErrors.Inputs INPUTS;

    static {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("title", "the title");
        words.put("group", "the kind of group");
        words.put("cadence", "how often it meets");
        words.put("startTime", "the start time");
        words.put("durationMinutes", "how long it lasts, in minutes");
        words.put("location", "where it meets");
        words.put("chair", "the chair");
        words.put("organisation", "the chair's organisation");
        words.put("members", "the members");
        words.put("agendaCallWorkingDays", "the working days before the meeting of the call for agenda items");
        words.put("papersWorkingDays", "the working days before the meeting that papers are due");
        words.put("minutesApprovalWorkingDays", "the working days after the meeting to approve the minutes");
        words.put("quorum", "the quorum");
        words.put(FIRST_MEETING, "the first meeting");
        INPUTS = new FormErrors.Inputs(words, Set.of(FIRST_MEETING), Set.of("group"), field -> field.startsWith("cadence") ? "cadence"
                : field.startsWith("members") ? "members" : field);
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;

    SeriesPages(Pages pages, WorkflowPages workflow, TokenClaims claims) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<Governance.Series> series = workflow.get(person, "/internal/meeting-series?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(Governance.Series.class));
        List<String> roles = claims.signedIn(person).roles();
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Meeting series", Pages.Section.GOVERNANCE));
        model.put("rows", series.items().stream().map(s -> List.of(s.id(), s.title(), Shown.words(s.group()), CadenceWords.of(s.cadence())
                + " at " + s.startTime(), s.chair(), Shown.words(s.status()))).toList());
        model.put("total", series.total());
        model.put("pagination", Pagination.of(shown, series.pages(), p -> "/governance?page=" + p));
        model.put("canCreate", roles.contains("PROJECT_MANAGER"));
        model.put("seesSteering", roles.contains("PROJECT_MANAGER") || roles.contains("STEERING_GROUP_MEMBER"));
        return new ModelAndView<>("governance/series-list", model);
    }

    @Get(value = "/series/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> series(Authentication person, @PathVariable UUID id, @QueryValue(defaultValue = "false") boolean saved) {
        Governance.SeriesDetail detail = workflow.get(person, "/internal/meeting-series/" + id, Argument.of(Governance.SeriesDetail.class));
        Governance.Series s = detail.series();
        List<SummaryRow> about = new ArrayList<>();
        about.add(new SummaryRow("Group", Shown.words(s.group())));
        about.add(new SummaryRow("Meets", CadenceWords.of(s.cadence()) + ", " + s.startTime() + " for " + s.durationMinutes() + " minutes"));
        about.add(new SummaryRow("Where", s.location()));
        about.add(new SummaryRow("Chair", s.chair() + " (" + s.organisation() + ")"));
        about.add(new SummaryRow("Members", String.join(", ", s.members().stream().map(SeriesPages::memberWords).toList())));
        about.add(new SummaryRow("Call for agenda items", s.agendaCallWorkingDays() + " working days before"));
        about.add(new SummaryRow("Papers due", s.papersWorkingDays() + " working days before"));
        about.add(new SummaryRow("Minutes approved within", s.minutesApprovalWorkingDays() + " working days"));
        about.add(new SummaryRow("Quorum", s.quorum() + " attending"));
        about.add(new SummaryRow("First meeting", Shown.day(s.firstMeetingOn())));
        about.add(new SummaryRow("Status", Shown.words(s.status())));
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, s.title(), Pages.Section.GOVERNANCE));
        model.put("series", s);
        model.put("about", about);
        model.put("upcoming", detail.upcomingMeetings());
        model.put("past", detail.pastMeetings());
        model.put("canChange", "OPEN".equals(s.status()) && claims.signedIn(person).roles().contains("PROJECT_MANAGER"));
        model.put("saved", saved);
        return new ModelAndView<>("governance/series", model);
    }

    @Secured("PROJECT_MANAGER")
    @Get(value = "/series/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newSeries(Authentication person) {
        Map<String, String> answers = new HashMap<>();
        answers.put("agendaCallWorkingDays", "5");
        answers.put("papersWorkingDays", "2");
        answers.put("minutesApprovalWorkingDays", "5");
        answers.put("durationMinutes", "60");
        answers.put("startTime", "10:00");
        return form(person, null, answers, new FormErrors(Map.of(), List.of()), null, null);
    }

    @Secured("PROJECT_MANAGER")
    @Post(value = "/series/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(Authentication person, @Body @Nullable String body) {
        return previewOrSave(person, null, FormData.parse(body));
    }

    @Secured("PROJECT_MANAGER")
    @Get(value = "/series/{id}/change", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> change(Authentication person, @PathVariable UUID id) {
        Governance.Series s = workflow.get(person, "/internal/meeting-series/" + id, Argument.of(Governance.SeriesDetail.class)).series();
        Map<String, String> answers = new HashMap<>();
        answers.put("title", s.title());
        answers.put("group", s.group());
        answers.put("cadence", CadenceWords.of(s.cadence()));
        answers.put("startTime", s.startTime());
        answers.put("durationMinutes", Integer.toString(s.durationMinutes()));
        answers.put("location", s.location());
        answers.put("chair", s.chair());
        answers.put("organisation", s.organisation());
        answers.put("members", String.join("\n", s.members().stream().map(SeriesPages::memberWords).toList()));
        answers.put("agendaCallWorkingDays", Integer.toString(s.agendaCallWorkingDays()));
        answers.put("papersWorkingDays", Integer.toString(s.papersWorkingDays()));
        answers.put("minutesApprovalWorkingDays", Integer.toString(s.minutesApprovalWorkingDays()));
        answers.put("quorum", Integer.toString(s.quorum()));
        return form(person, s, answers, new FormErrors(Map.of(), List.of()), null, null);
    }

    @Secured("PROJECT_MANAGER")
    @Post(value = "/series/{id}/change", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changed(Authentication person, @PathVariable UUID id, @Body @Nullable String body) {
        Governance.Series s = workflow.get(person, "/internal/meeting-series/" + id, Argument.of(Governance.SeriesDetail.class)).series();
        return previewOrSave(person, s, FormData.parse(body));
    }

    /** "Preview" (or "Save" after a change to what the preview showed) shows the days; "Save" sends the series. */
    private HttpResponse<?> previewOrSave(Authentication person, @Nullable Governance.Series current, FormData sent) {
        Map<String, String> answers = new HashMap<>();
        INPUTS.words().keySet().forEach(name -> answers.put(name, text(sent.first(name))));
        for (String part : List.of("day", "month", "year")) {
            answers.put(FIRST_MEETING + "-" + part, text(sent.first(FIRST_MEETING + "-" + part)));
        }
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, Object> series = request(answers, current, own);
        String previewed = answers.get("cadence") + "|" + series.get(FIRST_MEETING) + "|" + series.get("agendaCallWorkingDays") + "|"
                + series.get("organisation");
        boolean save = "save".equals(sent.first("step")) && previewed.equals(sent.first(PREVIEWED));
        if (!own.isEmpty()) {
            return HttpResponse.badRequest(form(person, current, answers, FormErrors.of(INPUTS, answers, own, null), null, null));
        }
        if (!save) {
            Map<String, Object> preview = new LinkedHashMap<>();
            List.of("cadence", "agendaCallWorkingDays", "organisation", FIRST_MEETING).forEach(name -> preview.put(name, series.get(name)));
            preview.put("seriesId", current == null ? null : current.id());
            WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/meeting-series/" + PREVIEW, preview);
            if (!outcome.done()) {
                return HttpResponse.badRequest(form(person, current, answers, FormErrors.of(INPUTS, answers, own, outcome.problem()), null, null));
            }
            Governance.SeriesPreview days = workflow.read(outcome.body(), Argument.of(Governance.SeriesPreview.class));
            return HttpResponse.ok(form(person, current, answers, new FormErrors(Map.of(), List.of()), days, previewed));
        }
        WorkflowPages.Outcome outcome = current == null ? workflow.send(person, "POST", "/internal/meeting-series", series)
                : workflow.send(person, "PUT", "/internal/meeting-series/" + current.id(), series);
        if (outcome.done()) {
            Governance.Series saved = workflow.read(outcome.body(), Argument.of(Governance.Series.class));
            return HttpResponse.seeOther(URI.create("/governance/series/" + saved.id() + "?saved=true"));
        }
        return HttpResponse.badRequest(form(person, current, answers, FormErrors.of(INPUTS, answers, own, outcome.problem()), null, null));
    }

    /** The series as workflow-service takes it; what the page cannot read goes in {@code own} and is sent as null. */
    private static Map<String, Object> request(Map<String, String> answers, @Nullable Governance.Series current, Map<String, String> own) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("title", answers.get("title"));
        series.put("group", answers.get("group").isEmpty() ? null : answers.get("group"));
        Governance.Cadence cadence = CadenceWords.parse(answers.get("cadence"));
        if (cadence == null && !answers.get("cadence").isEmpty()) {
            own.put("cadence", "Enter how often it meets in one of the ways shown, for example \u201cevery 2 weeks on Tuesday\u201d");
        }
        series.put("cadence", cadence);
        series.put("startTime", answers.get("startTime"));
        for (String number : NUMBERS) {
            series.put(number, number(answers, number, own));
        }
        series.put("location", answers.get("location"));
        series.put("chair", answers.get("chair"));
        series.put("organisation", answers.get("organisation"));
        List<Governance.Member> members = new ArrayList<>();
        List<String> lines = answers.get("members").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (String line : lines) {
            String[] words = line.split("\\s+(?:at\\s+|in\\s+)?");
            if (words.length == 1) {
                members.add(new Governance.Member(words[0], null, null));
            } else if (words.length == 2) {
                members.add(new Governance.Member(null, words[0].toUpperCase(Locale.UK).replace('-', '_'), words[1]));
            } else {
                own.putIfAbsent("members", "Write each member on a line of their own: a person's id, or a role and an organisation");
            }
        }
        series.put("members", members);
        series.put(FIRST_MEETING, current != null ? null : firstMeeting(answers, own));
        return series;
    }

    private static @Nullable Integer number(Map<String, String> answers, String name, Map<String, String> own) {
        String written = answers.get(name);
        if (written.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(written);
        } catch (NumberFormatException e) {
            String words = INPUTS.words().get(name);
            own.put(name, Character.toUpperCase(words.charAt(0)) + words.substring(1) + " must be a whole number, like 5");
            return null;
        }
    }

    /** The first meeting's day, if one was chosen (the default: the first day on the cadence whose call is still ahead). */
    private static @Nullable LocalDate firstMeeting(Map<String, String> answers, Map<String, String> own) {
        DateInput typed = DateInput.of(answers, FIRST_MEETING);
        if (!typed.blank() && typed.date().isEmpty()) {
            own.put(FIRST_MEETING, "The first meeting must be a real date, like 27 3 2027");
        }
        return typed.date().orElse(null);
    }

    private ModelAndView<Map<String, Object>> form(Authentication person, @Nullable Governance.Series current, Map<String, String> answers,
                                                   FormErrors errors, @Nullable Governance.SeriesPreview preview, @Nullable String previewed) {
        String title = current == null ? "Set up a meeting series" : "Change " + current.title();
        Page page = pages.of(person, title, Pages.Section.GOVERNANCE).withErrors(errors.links());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("current", current);
        model.put("action", current == null ? "/governance/series/new" : "/governance/series/" + current.id() + "/change");
        model.put("answers", answers);
        model.put("errors", errors.byInput());
        model.put("groups", GROUPS.stream().map(g -> new Choice(g, Shown.words(g), g.equals(answers.get("group")))).toList());
        model.put("cadenceHint", CadenceWords.HINT);
        model.put("planned", preview == null ? List.of() : preview.planned().stream().map(Shown::weekday).toList());
        model.put("dates", preview == null ? List.of() : preview.dates().stream().map(Shown::weekday).toList());
        model.put("previewed", previewed);
        return new ModelAndView<>("governance/series-form", model);
    }

    /** A member as the form writes them: a person's id, or a role and an organisation. */
    private static String memberWords(Governance.Member member) {
        return member.person() != null ? member.person() : member.role() + " " + member.organisation();
    }

    private static String text(@Nullable String sent) {
        return sent == null ? "" : sent.strip();
    }
}
