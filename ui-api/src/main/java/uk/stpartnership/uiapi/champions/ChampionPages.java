package uk.stpartnership.uiapi.champions;

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
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.pages.govuk.Tag;
import uk.stpartnership.uiapi.signin.SignedInPerson;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.uiapi.tasks.TaskFormPage;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The champion scheme's pages: the borough's champions, coverage by team (teams with none flagged) with the team
 * register, nominations with their declines, nominating a practitioner, and one champion. workflow-service decides
 * who sees what (its 404 is the page's).
 */
@Controller("/champions")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ChampionPages {

    private static final int PAGE_SIZE = 20;
    private static final int TEAMS_OFFERED = 100;
    /** The nomination form's inputs in the page's order, with the words its errors use. */
    static final Map<String, String> NOMINATION_INPUTS = new LinkedHashMap<>();
    private static final Map<String, String> STATUS_WORDS = Map.of(
            "IN_TRAINING", "In training", "AGREEMENT", "Signing the agreement", "ACTIVE", "Active", "ENDED", "Ended",
            "AWAITING_CANDIDATE", "Waiting for the candidate", "AWAITING_LEAD", "Waiting for the lead",
            "AWAITING_MANAGER", "Waiting for the line manager", "DECLINED", "Declined", "AGREED", "Agreed");

    static {
        NOMINATION_INPUTS.put("candidate", "The practitioner's username");
        NOMINATION_INPUTS.put("teamId", "Their team");
        NOMINATION_INPUTS.put("practitionerRole", "Their role");
        NOMINATION_INPUTS.put("yearsInBorough", "Years in the borough");
        NOMINATION_INPUTS.put("lineManager", "Their line manager's username");
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;
    private final PeopleDirectory directory;

    ChampionPages(Pages pages, WorkflowPages workflow, TokenClaims claims, PeopleDirectory directory) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
        this.directory = directory;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> champions(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<Champions.Champion> found = workflow.get(person, "/internal/champions?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(Champions.Champion.class));
        Map<String, String> names = directory.displayNames(found.items().stream().map(Champions.Champion::person).toList());
        Map<String, Object> model = model(person, "Champions");
        model.put("rows", found.items().stream().map(c -> List.of(names.get(c.person()), c.teamName(), c.borough(), words(c.status()),
                c.activeFrom() == null ? "" : DueDates.day(c.activeFrom()))).toList());
        model.put("links", found.items().stream().map(c -> "/champions/" + c.id()).toList());
        model.put("total", found.total());
        model.put("pagination", Pagination.of(shown, found.pages(), p -> "/champions" + (p == 0 ? "" : "?page=" + p)));
        model.put("mayReport", pages.opens(person, Pages.Section.REPORTS));
        return new ModelAndView<>("champions/champions", model);
    }

    @Get(value = "/coverage", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> coverage(Authentication person, @QueryValue(defaultValue = "0") int page,
                                               @QueryValue(defaultValue = "false") boolean added) {
        return coveragePage(person, page, added, null, null);
    }

    @Post(value = "/teams", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addTeam(Authentication person, @Body @Nullable String body) {
        String name = FormData.parse(body).first("name");
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/champions/teams", Map.of("name", name == null ? "" : name));
        if (outcome.done()) {
            return HttpResponse.seeOther(URI.create("/champions/coverage?added=true"));
        }
        String error = TaskFormPage.errorsOf(outcome.problem()).getOrDefault("name", outcome.problem().detail());
        String words = name == null || name.isBlank() ? "Enter the team's name" : "The team's name " + error;
        return HttpResponse.badRequest(coveragePage(person, 0, false, name, words));
    }

    private ModelAndView<Map<String, Object>> coveragePage(Authentication person, int page, boolean added, @Nullable String name,
                                                           @Nullable String error) {
        int shown = Math.max(0, page);
        Listed<Champions.Coverage> found = workflow.get(person, "/internal/champions/coverage?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(Champions.Coverage.class));
        Map<String, Object> model = new HashMap<>();
        Page shownPage = pages.of(person, "Champion coverage", Pages.Section.CHAMPIONS);
        model.put("page", error == null ? shownPage : shownPage.withErrors(List.of(new ErrorLink("#name", error))));
        model.put("teams", found.items());
        model.put("flags", found.items().stream().map(t -> t.flagged() ? new Tag("No active champion", "red")
                : new Tag(t.activeChampions() + " active", "green")).toList());
        model.put("flagged", found.items().stream().filter(Champions.Coverage::flagged).count());
        model.put("total", found.total());
        model.put("pagination", Pagination.of(shown, found.pages(), p -> "/champions/coverage" + (p == 0 ? "" : "?page=" + p)));
        model.put("mayAdd", isLead(person));
        model.put("added", added);
        model.put("name", name);
        model.put("error", error);
        return new ModelAndView<>("champions/coverage", model);
    }

    @Get(value = "/nominations", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> nominations(Authentication person, @QueryValue(defaultValue = "0") int page,
                                                  @QueryValue(defaultValue = "false") boolean nominated) {
        int shown = Math.max(0, page);
        Listed<Champions.Nomination> found = workflow.get(person, "/internal/champions/nominations?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(Champions.Nomination.class));
        Map<String, String> names = directory.displayNames(found.items().stream()
                .flatMap(n -> Stream.of(n.candidate(), n.declinedBy())).toList());
        Map<String, Object> model = model(person, "Champion nominations");
        model.put("rows", found.items().stream().map(n -> List.of(names.get(n.candidate()), n.teamName(), n.practitionerRole(),
                "APPLICATION".equals(n.route()) ? "Applied" : "Nominated", DueDates.day(DueDates.dayOf(n.putForwardAt())),
                words(n.status()) + (n.declineReason() == null ? "" : " by " + names.get(n.declinedBy()) + " on "
                        + DueDates.day(DueDates.dayOf(n.declinedAt())) + ": " + n.declineReason()))).toList());
        model.put("total", found.total());
        model.put("pagination", Pagination.of(shown, found.pages(), p -> "/champions/nominations" + (p == 0 ? "" : "?page=" + p)));
        model.put("nominated", nominated);
        return new ModelAndView<>("champions/nominations", model);
    }

    @Get(value = "/nominate", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> nominateForm(Authentication person) {
        return nominatePage(person, PutForward.NOMINATION, Map.of(), Map.of(), List.of());
    }

    @Post(value = "/nominate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> nominate(Authentication person, @Body @Nullable String body) {
        return putForward(person, PutForward.NOMINATION, body);
    }

    /** A practitioner's own application: the nomination's form without the candidate, who is the person applying. */
    @Get(value = "/apply", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> applicationForm(Authentication person, @QueryValue(defaultValue = "false") boolean applied) {
        return nominatePage(person, applied ? PutForward.APPLIED : PutForward.APPLICATION, Map.of(), Map.of(), List.of());
    }

    @Post(value = "/apply", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> apply(Authentication person, @Body @Nullable String body) {
        return putForward(person, PutForward.APPLICATION, body);
    }

    private HttpResponse<?> putForward(Authentication person, PutForward route, @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new LinkedHashMap<>();
        NOMINATION_INPUTS.keySet().stream().filter(input -> !(route.application() && input.equals("candidate")))
                .forEach(input -> answers.put(input, sent.first(input) == null ? "" : sent.first(input).strip()));
        Map<String, Object> nomination = new LinkedHashMap<>();
        answers.forEach((input, value) -> nomination.put(input, value.isEmpty() ? null : value));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!answers.get("yearsInBorough").isEmpty()) {
            try {
                nomination.put("yearsInBorough", Integer.parseInt(answers.get("yearsInBorough")));
            } catch (NumberFormatException e) {
                errors.put("yearsInBorough", "Years in the borough must be a whole number, like 5");
                nomination.put("yearsInBorough", null);
            }
        }
        if (answers.get("teamId").isEmpty()) {
            nomination.put("teamId", null);
        } else {
            try {
                UUID.fromString(answers.get("teamId"));
            } catch (IllegalArgumentException e) {
                nomination.put("teamId", null);
            }
        }
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", route.api, nomination);
        if (outcome.done() && errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create(route.sent));
        }
        if (outcome.problem() != null) {
            TaskFormPage.errorsOf(outcome.problem()).forEach((field, detail) -> errors.putIfAbsent(field,
                    answers.getOrDefault(field, "").isEmpty() ? (field.equals("teamId") ? "Select " : "Enter ")
                            + lowerFirst(route.words(field)) : route.words(field) + " " + detail));
        }
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach((field, text) -> links.add(new ErrorLink(answers.containsKey(field) ? "#" + field : "#nomination", text)));
        if (links.isEmpty() && outcome.problem() != null) {
            links.add(new ErrorLink("#nomination", outcome.problem().detail()));
        }
        return HttpResponse.badRequest(nominatePage(person, route, answers, errors, links));
    }

    private ModelAndView<Map<String, Object>> nominatePage(Authentication person, PutForward route, Map<String, String> answers,
                                                           Map<String, String> errors, List<ErrorLink> links) {
        Listed<Champions.Team> teams = workflow.get(person, "/internal/champions/teams?page=0&size=" + TEAMS_OFFERED,
                Listed.of(Champions.Team.class));
        SignedInPerson me = claims.signedIn(person);
        Map<String, Object> model = new HashMap<>();
        Page page = pages.of(person, route.title, route.application() ? Pages.Section.TRAINING : Pages.Section.CHAMPIONS);
        model.put("page", links.isEmpty() ? page : page.withErrors(links));
        model.put("teams", teams.items().stream().filter(t -> t.borough().equals(me.organisation()))
                .map(t -> new Choice(t.id(), t.name(), t.id().equals(answers.get("teamId")))).toList());
        model.put("answers", answers);
        model.put("errors", errors);
        model.put("route", route);
        return new ModelAndView<>("champions/nominate", model);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> champion(Authentication person, @PathVariable UUID id, @QueryValue(defaultValue = "false") boolean ended) {
        return championPage(person, id, ended, Map.of(), Map.of());
    }

    /** The lead records that the champion stops: today or earlier ends the agreement now, a later day is the leaving date. */
    @Post(value = "/{id}/end", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> end(Authentication person, @PathVariable UUID id, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new HashMap<>();
        for (String input : List.of("endedOn-day", "endedOn-month", "endedOn-year", "reason")) {
            answers.put(input, sent.first(input) == null ? "" : sent.first(input).strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        DateInput typed = DateInput.of(answers, "endedOn");
        String endedOn = typed.date().map(LocalDate::toString).orElse(null);
        if (endedOn == null) {
            errors.put("endedOn", typed.blank() ? "Enter the day they stop" : "The day they stop must be a real date, like 27 3 2027");
        }
        Map<String, Object> end = new HashMap<>();
        end.put("endedOn", endedOn);
        end.put("reason", answers.get("reason"));
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/champions/" + id + "/end", end);
        if (outcome.done() && errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/champions/" + id + "?ended=true"));
        }
        if (outcome.problem() != null) {
            TaskFormPage.errorsOf(outcome.problem()).forEach((field, detail) -> errors.putIfAbsent(field,
                    field.equals("reason") && answers.get("reason").isEmpty() ? "Enter why they stop" : "This " + detail));
            if (errors.isEmpty()) {
                errors.put("end", outcome.problem().detail());
            }
        }
        return HttpResponse.badRequest(championPage(person, id, false, answers, errors));
    }

    private ModelAndView<Map<String, Object>> championPage(Authentication person, UUID id, boolean ended, Map<String, String> answers,
                                                           Map<String, String> errors) {
        Champions.Detail champion = workflow.get(person, "/internal/champions/" + id, Argument.of(Champions.Detail.class));
        List<String> named = new ArrayList<>(List.of(champion.person()));
        Stream.of(champion.lineManager(), champion.signedByManager()).filter(Objects::nonNull).forEach(named::add);
        champion.checkIns().forEach(c -> named.add(c.checkedInBy()));
        if (champion.succession() != null && champion.succession().doneBy() != null) {
            named.add(champion.succession().doneBy());
        }
        Map<String, String> names = directory.displayNames(named);
        List<SummaryRow> about = new ArrayList<>();
        about.add(new SummaryRow("Team", champion.teamName()));
        about.add(new SummaryRow("Borough", champion.borough()));
        about.add(new SummaryRow("Line manager", names.getOrDefault(champion.lineManager(), "")));
        about.add(new SummaryRow("Where they stand", words(champion.status())));
        about.add(new SummaryRow("Agreement signed by the champion", signed(names.get(champion.person()), champion.signedByChampionAt())));
        about.add(new SummaryRow("Agreement signed by their manager", signed(names.get(champion.signedByManager()), champion.signedByManagerAt())));
        if (champion.activeFrom() != null) {
            about.add(new SummaryRow("Active from", DueDates.day(champion.activeFrom())));
        }
        if (champion.leavingOn() != null) {
            about.add(new SummaryRow("Leaving on", DueDates.day(champion.leavingOn()) + ": " + champion.endReason()));
        }
        if (champion.endedOn() != null) {
            about.add(new SummaryRow("Ended on", DueDates.day(champion.endedOn()) + (champion.endReason() == null ? "" : ": " + champion.endReason())));
        }
        if (champion.succession() != null) {
            Champions.Succession succession = champion.succession();
            about.add(new SummaryRow("Replacement for the team", succession.doneAt() == null ? "Due by " + DueDates.day(succession.dueOn())
                    : "Done by " + names.get(succession.doneBy()) + " on " + DueDates.day(DueDates.dayOf(succession.doneAt())) + ": " + succession.outcome()));
        }
        Map<String, Object> model = model(person, "Champion " + names.get(champion.person()));
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach((input, text) -> links.add(new ErrorLink(input.equals("endedOn") ? "#endedOn-day" : "#" + input, text)));
        if (!links.isEmpty()) {
            model.put("page", ((Page) model.get("page")).withErrors(links));
        }
        model.put("mayEnd", isLead(person) && "ACTIVE".equals(champion.status()) && champion.leavingOn() == null && champion.endedOn() == null);
        model.put("ended", ended);
        model.put("answers", answers);
        model.put("errors", errors);
        model.put("champion", champion);
        model.put("name", names.get(champion.person()));
        model.put("about", about);
        model.put("checkIns", champion.checkIns().stream().map(c -> List.of(DueDates.day(DueDates.dayOf(c.checkedInAt())), names.get(c.checkedInBy()),
                c.note())).toList());
        model.put("consultations", champion.consultationsPerQuarter().stream()
                .map(q -> List.of(q.quarter(), Long.toString(q.consultations()))).toList());
        return new ModelAndView<>("champions/champion", model);
    }

    private Map<String, Object> model(Authentication person, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, title, Pages.Section.CHAMPIONS));
        model.put("mayNominate", isLead(person));
        return model;
    }

    private boolean isLead(Authentication person) {
        return claims.signedIn(person).roles().contains("IMPLEMENTATION_LEAD");
    }

    private static String signed(@Nullable String by, @Nullable Instant at) {
        return at == null ? "Not yet" : by + " on " + DueDates.day(DueDates.dayOf(at));
    }

    private static String words(String status) {
        return STATUS_WORDS.getOrDefault(status, status);
    }

    private static String lowerFirst(String words) {
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
