package uk.stpartnership.uiapi.training;

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
import io.micronaut.serde.annotation.Serdeable;
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
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.uiapi.surveys.SurveysToAnswer;
import uk.stpartnership.uiapi.tasks.TaskFormPage;
import uk.stpartnership.web.Problem;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Training's pages: the cohorts a person may see and their own bookings; setting up a cohort; a cohort with its days,
 * its places and waiting list, booking, cancelling and each day's attendance. workflow-service decides who may see and
 * do what; these pages show its answers and its refusals on the inputs they are about.
 */
@Controller("/training")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainingPages {

    private static final int PAGE_SIZE = 20;
    /** The most days a course has in the catalogue's default (Core); the form offers this many. */
    static final int DAYS_OFFERED = 4;
    /** The cohort form's inputs, in the page's order, with the words its errors use. */
    private static final Map<String, String> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put("course", "the course");
        INPUTS.put("borough", "the borough");
        INPUTS.put("trainer", "the trainer");
        INPUTS.put("venue", "the venue");
        INPUTS.put("onlineLink", "the online link");
        INPUTS.put("capacity", "the number of places");
        for (int i = 1; i <= DAYS_OFFERED; i++) {
            INPUTS.put("day" + i, "the date of day " + i);
            INPUTS.put("day" + i + "Start", "the start of day " + i);
            INPUTS.put("day" + i + "End", "the end of day " + i);
        }
    }

    @Serdeable
    record Course(String code, String name, int days, String delivery) {
    }

    @Serdeable
    record Cohort(String id, String course, String courseName, @Nullable String borough, String trainerId, String place, int capacity,
                  LocalDate firstDay, LocalDate lastDay, @Nullable LocalDate deliveredOn) {
    }

    @Serdeable
    record Day(String id, int dayNumber, LocalDate day, String startsAt, String endsAt) {
    }

    @Serdeable
    record Booking(String id, String cohortId, String personId, String borough, String status, @Nullable Long waitingPosition,
                   Instant bookedAt) {
    }

    @Serdeable
    record CohortDetail(String id, String course, String courseName, @Nullable String borough, String trainerId, @Nullable String venue,
                        @Nullable String onlineLink, int capacity, LocalDate firstDay, LocalDate lastDay, @Nullable LocalDate deliveredOn,
                        List<Day> days, long placesTaken, long waiting, Listed<Booking> bookings) {
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;
    private final PeopleDirectory directory;
    private final DueDates dueDates;
    private final SurveysToAnswer surveys;

    TrainingPages(Pages pages, WorkflowPages workflow, TokenClaims claims, PeopleDirectory directory, DueDates dueDates,
                  SurveysToAnswer surveys) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
        this.directory = directory;
        this.dueDates = dueDates;
        this.surveys = surveys;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<Cohort> cohorts = workflow.get(person, "/internal/training/cohorts?page=" + shown + "&size=" + PAGE_SIZE, Listed.of(Cohort.class));
        Listed<Booking> mine = workflow.get(person, "/internal/training/bookings/mine?size=" + PAGE_SIZE, Listed.of(Booking.class));
        Map<String, String> boroughs = directory.organisationNames();
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Training", Pages.Section.TRAINING));
        model.put("cohorts", cohorts.items().stream().map(c -> List.of(c.id(), c.courseName(), dates(c.firstDay(), c.lastDay()),
                boroughName(c.borough(), boroughs), c.place(), Integer.toString(c.capacity()))).toList());
        model.put("total", cohorts.total());
        model.put("pagination", Pagination.of(shown, cohorts.pages(), p -> "/training?page=" + p));
        model.put("bookings", mine.items().stream().filter(b -> !"CANCELLED".equals(b.status()))
                .map(b -> List.of(b.cohortId(), status(b), DueDates.day(DueDates.dayOf(b.bookedAt())))).toList());
        model.put("surveys", surveys.of(person));
        model.put("mayPlan", claims.signedIn(person).roles().stream().anyMatch(Set.of("IMPLEMENTATION_LEAD", "PROJECT_MANAGER")::contains));
        model.put("mayReport", pages.opens(person, Pages.Section.REPORTS));
        List<String> roles = claims.signedIn(person).roles();
        model.put("mayApply", roles.contains("PRACTITIONER") && !roles.contains("CHAMPION"));
        model.put("me", claims.signedIn(person).id());
        return new ModelAndView<>("training/list", model);
    }

    @Get(value = "/cohorts/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newCohort(Authentication person) {
        Map<String, String> answers = new HashMap<>();
        String organisation = claims.signedIn(person).organisation();
        answers.put("borough", directory.organisationNames().containsKey(organisation) && !"respect".equals(organisation) ? organisation : "");
        answers.put("capacity", "16");
        for (int i = 1; i <= DAYS_OFFERED; i++) {
            answers.put("day" + i + "Start", "09:30");
            answers.put("day" + i + "End", "16:30");
        }
        return cohortForm(pages.of(person, "Set up a cohort", Pages.Section.TRAINING), person, answers, Map.of());
    }

    @Post(value = "/cohorts/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> planCohort(Authentication person, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new LinkedHashMap<>();
        INPUTS.keySet().forEach(input -> answers.put(input, sent.text(input)));
        for (int i = 1; i <= DAYS_OFFERED; i++) {
            for (String part : List.of("day", "month", "year")) {
                answers.put("day" + i + "-" + part, sent.text("day" + i + "-" + part));
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Map<String, String>> days = new ArrayList<>();
        for (int i = 1; i <= DAYS_OFFERED; i++) {
            DateInput typed = DateInput.of(answers, "day" + i);
            if (typed.blank()) {
                continue;
            }
            int number = i;
            typed.date().ifPresentOrElse(day -> days.add(Map.of("day", day.toString(), "startTime", answers.get("day" + number + "Start"),
                            "endTime", answers.get("day" + number + "End"))),
                    () -> errors.put("day" + number, "The date of day " + number + " must be a real date, for example 27 3 2027"));
        }
        Page page = pages.of(person, "Set up a cohort", Pages.Section.TRAINING);
        if (errors.isEmpty()) {
            Map<String, Object> cohort = new LinkedHashMap<>();
            cohort.put("course", answers.get("course"));
            cohort.put("borough", answers.get("borough").isEmpty() ? null : answers.get("borough"));
            cohort.put("trainer", answers.get("trainer"));
            cohort.put("venue", answers.get("venue").isEmpty() ? null : answers.get("venue"));
            cohort.put("onlineLink", answers.get("onlineLink").isEmpty() ? null : answers.get("onlineLink"));
            cohort.put("capacity", FormData.number(answers.get("capacity")));
            cohort.put("days", days);
            WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/training/cohorts", cohort);
            if (outcome.done()) {
                CohortDetail planned = workflow.read(outcome.body(), Argument.of(CohortDetail.class));
                return HttpResponse.seeOther(URI.create("/training/cohorts/" + planned.id()));
            }
            errors.putAll(errorsOnInputs(outcome.problem(), answers));
            if (errors.isEmpty() && outcome.problem() != null) {
                errors.put("course", outcome.problem().detail());
            }
        }
        return HttpResponse.badRequest(cohortForm(page.withErrors(links(errors)), person, answers, errors));
    }

    @Get(value = "/cohorts/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> cohort(Authentication person, @PathVariable String id, @QueryValue(defaultValue = "0") int page) {
        return cohortPage(person, id, Math.max(0, page), null);
    }

    @Post(value = "/cohorts/{id}/bookings", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> book(Authentication person, @PathVariable String id, @Body @Nullable String body) {
        String personId = FormData.parse(body).text("personId");
        Map<String, Object> booking = new HashMap<>();
        booking.put("personId", personId.isEmpty() ? null : personId);
        return afterChange(person, id, workflow.send(person, "POST", "/internal/training/cohorts/" + id + "/bookings", booking), "personId");
    }

    @Post(value = "/bookings/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(Authentication person, @PathVariable String id, @Body @Nullable String body) {
        String cohortId = FormData.parse(body).text("cohortId");
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/training/bookings/" + id + "/cancel", Map.of());
        return cohortId.isEmpty() ? HttpResponse.seeOther(URI.create("/training")) : afterChange(person, cohortId, outcome, "personId");
    }

    @Post(value = "/cohorts/{id}/days/{day}/attendance", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> attendance(Authentication person, @PathVariable String id, @PathVariable int day, @Body @Nullable String body) {
        List<String> attended = FormData.parse(body).all("attended");
        return afterChange(person, id, workflow.send(person, "POST", "/internal/training/cohorts/" + id + "/days/" + day + "/attendance",
                Map.of("attended", attended)), "attended-day" + day);
    }

    /** Back to the cohort once done; a refusal is shown on it, linked to the input it is about. */
    private HttpResponse<?> afterChange(Authentication person, String cohortId, WorkflowPages.Outcome outcome, String input) {
        if (outcome.done()) {
            return HttpResponse.seeOther(URI.create("/training/cohorts/" + cohortId));
        }
        Map<String, String> errors = TaskFormPage.errorsOf(outcome.problem());
        String text = errors.isEmpty() ? (outcome.problem() == null ? "That could not be done" : outcome.problem().detail())
                : errors.entrySet().iterator().next().getValue();
        String said = errors.isEmpty() ? text : "The person " + text;
        return HttpResponse.badRequest(cohortPage(person, cohortId, 0, new ErrorLink("#" + input, said)));
    }

    private ModelAndView<Map<String, Object>> cohortPage(Authentication person, String id, int page, @Nullable ErrorLink error) {
        CohortDetail cohort = workflow.get(person, "/internal/training/cohorts/" + id + "?page=" + page + "&size=" + PAGE_SIZE,
                Argument.of(CohortDetail.class));
        Map<String, String> boroughs = directory.organisationNames();
        List<String> roles = claims.signedIn(person).roles();
        String me = claims.signedIn(person).id();
        boolean lead = roles.contains("IMPLEMENTATION_LEAD") || roles.contains("PROJECT_MANAGER");
        List<Booking> places = cohort.bookings().items().stream().filter(b -> "PLACE".equals(b.status())).toList();
        Map<String, String> names = directory.displayNames(Stream.concat(Stream.of(cohort.trainerId()),
                cohort.bookings().items().stream().map(Booking::personId)).toList());
        LocalDate today = dueDates.today();
        boolean recordsAttendance = me.equals(cohort.trainerId()) || lead;
        Page shown = pages.of(person, cohort.courseName() + ": " + dates(cohort.firstDay(), cohort.lastDay()), Pages.Section.TRAINING);
        Map<String, Object> model = new HashMap<>();
        model.put("page", error == null ? shown : shown.withErrors(List.of(error)));
        model.put("cohortId", cohort.id());
        model.put("summary", List.of(
                new SummaryRow("Course", cohort.courseName()),
                new SummaryRow("Borough", boroughName(cohort.borough(), boroughs)),
                new SummaryRow("Trainer", names.get(cohort.trainerId())),
                new SummaryRow("Where", place(cohort)),
                new SummaryRow("Places", cohort.placesTaken() + " of " + cohort.capacity() + " taken"),
                new SummaryRow("Waiting list", cohort.waiting() == 0 ? "No one is waiting" : cohort.waiting() + (cohort.waiting() == 1 ? " person" : " people") + " waiting")));
        model.put("days", cohort.days().stream().map(d -> List.of("Day " + d.dayNumber(), DueDates.day(d.day()),
                d.startsAt().substring(0, 5) + " to " + d.endsAt().substring(0, 5))).toList());
        model.put("bookings", cohort.bookings().items().stream().map(b -> new BookingRow(b.id(), names.get(b.personId()),
                boroughName(b.borough(), boroughs), status(b), me.equals(b.personId()) || lead)).toList());
        model.put("pagination", Pagination.of(page, cohort.bookings().pages(), p -> "/training/cohorts/" + id + "?page=" + p));
        boolean booked = cohort.bookings().items().stream().anyMatch(b -> me.equals(b.personId()));
        model.put("booked", booked);
        model.put("surveys", booked ? surveys.of(person).stream().filter(s -> s.cohortId().equals(cohort.id())).toList() : List.of());
        model.put("open", cohort.deliveredOn() == null && !cohort.firstDay().isBefore(today));
        model.put("lead", lead);
        model.put("attendanceDays", recordsAttendance ? cohort.days().stream().filter(d -> !d.day().isAfter(today))
                .map(d -> new AttendanceDay(d.dayNumber(), "Day " + d.dayNumber() + ", " + DueDates.day(d.day()),
                        places.stream().map(b -> new Choice(b.personId(), names.get(b.personId()), false)).toList())).toList() : List.of());
        model.put("error", error == null ? null : error.text());
        return new ModelAndView<>("training/cohort", model);
    }

    private ModelAndView<Map<String, Object>> cohortForm(Page page, Authentication person, Map<String, String> answers, Map<String, String> errors) {
        List<Course> courses = workflow.get(person, "/internal/training/courses", Argument.listOf(Course.class));
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("answers", answers);
        model.put("errors", errors);
        model.put("courses", courses.stream().filter(c -> "CLASSROOM".equals(c.delivery()))
                .map(c -> new Choice(c.code(), c.name() + " (" + c.days() + (c.days() == 1 ? " day)" : " days)"), c.code().equals(answers.get("course"))))
                .toList());
        model.put("dayNumbers", IntStream.rangeClosed(1, DAYS_OFFERED).boxed().toList());
        return new ModelAndView<>("training/cohort-form", model);
    }

    /** workflow-service's field paths on the form's inputs: days[1].day on day2; a blank answer asked for once. */
    private static Map<String, String> errorsOnInputs(@Nullable Problem problem, Map<String, String> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        TaskFormPage.errorsOf(problem).forEach((field, detail) -> {
            String input = inputOf(field);
            String words = INPUTS.getOrDefault(input, input);
            errors.putIfAbsent(input, answers.getOrDefault(input, "").isBlank() && !input.startsWith("day") ? "Enter " + words
                    : Character.toUpperCase(words.charAt(0)) + words.substring(1) + " " + detail);
        });
        return errors;
    }

    private static final Pattern DAY_FIELD = Pattern.compile("days\\[(\\d+)](?:\\.(day|startTime|endTime))?");

    /** The input a field path is on: days[1].startTime on day2Start, days itself on day1. */
    private static String inputOf(String field) {
        Matcher day = DAY_FIELD.matcher(field);
        if (day.matches()) {
            String part = day.group(2) == null ? "day" : day.group(2);
            return "day" + (Integer.parseInt(day.group(1)) + 1) + switch (part) {
                case "startTime" -> "Start";
                case "endTime" -> "End";
                default -> "";
            };
        }
        return "days".equals(field) ? "day1" : field;
    }

    private static List<ErrorLink> links(Map<String, String> errors) {
        List<ErrorLink> links = new ArrayList<>();
        INPUTS.keySet().stream().filter(errors::containsKey)
                .forEach(input -> links.add(new ErrorLink("#" + input + (input.matches("day\\d+") ? "-day" : ""), errors.get(input))));
        return links;
    }


    private static String status(Booking booking) {
        return switch (booking.status()) {
            case "PLACE" -> "Place confirmed";
            case "WAITING_LIST" -> "Waiting list, number " + booking.waitingPosition();
            default -> "Cancelled";
        };
    }

    private static String boroughName(@Nullable String borough, Map<String, String> names) {
        return borough == null ? "Cross-borough" : names.getOrDefault(borough, borough);
    }

    private static String place(CohortDetail cohort) {
        if (cohort.venue() != null && cohort.onlineLink() != null) {
            return cohort.venue() + " (online: " + cohort.onlineLink() + ")";
        }
        return cohort.venue() != null ? cohort.venue() : cohort.onlineLink();
    }

    private static String dates(LocalDate first, LocalDate last) {
        return first.equals(last) ? DueDates.day(first) : DueDates.day(first) + " to " + DueDates.day(last);
    }
}
