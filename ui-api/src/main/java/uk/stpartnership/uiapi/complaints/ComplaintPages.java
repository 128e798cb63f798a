package uk.stpartnership.uiapi.complaints;

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
import uk.stpartnership.uiapi.complaints.ComplaintViews.AuditEvent;
import uk.stpartnership.uiapi.complaints.ComplaintViews.MissedDeadline;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Screened;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Shown;
import uk.stpartnership.uiapi.complaints.ComplaintViews.Summary;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.uiapi.tasks.FormInput;
import uk.stpartnership.uiapi.tasks.InboxEntry.FormField;
import uk.stpartnership.uiapi.tasks.TaskFormPage;
import uk.stpartnership.web.Problem;
import uk.stpartnership.web.ProblemException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The complaints team's pages (docs/COMPLAINTS.md): the borough's complaints, recording one in two steps (the
 * protected details on their own), a complaint's page with its timeline, the changes the team records on it, the
 * missed deadlines and, for the manager, the audit trail. workflow-service decides who may see each complaint and
 * audits every read; a complaint the person may not see is the 404 page.
 */
@Controller("/complaints")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintPages {

    private static final Set<String> TEAM = Set.of("COMPLAINTS_OFFICER", "COMPLAINTS_MANAGER");
    private static final int PAGE_SIZE = 20;
    private static final String STEP = "step";
    /** What a recording step posts for itself, not an answer to carry to the other step. */
    private static final Set<String> NOT_CARRIED = Set.of("csrf", STEP, "back", TaskFormPage.ADD_ANOTHER);

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;
    private final ComplaintPage complaintPage;

    ComplaintPages(Pages pages, WorkflowPages workflow, TokenClaims claims, ComplaintPage complaintPage) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
        this.complaintPage = complaintPage;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"COMPLAINTS_OFFICER", "COMPLAINTS_MANAGER"})
    ModelAndView<Map<String, Object>> complaints(Authentication person, @Nullable @QueryValue String stage,
                                                 @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        String filter = stage == null || stage.isBlank() ? null : stage;
        Listed<Summary> listed = workflow.get(person, "/internal/complaints?page=" + shown + "&size=" + PAGE_SIZE
                + (filter == null ? "" : "&stage=" + encoded(filter)), Listed.of(Summary.class));
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Complaints", Pages.Section.COMPLAINTS));
        model.put("complaints", listed.items().stream().map(complaintPage::row).toList());
        model.put("total", listed.total());
        model.put("stages", complaintPage.stageFilters(filter));
        model.put("pagination", Pagination.of(shown, listed.pages(),
                p -> "/complaints?page=" + p + (filter == null ? "" : "&stage=" + encoded(filter))));
        return new ModelAndView<>("complaints/list", model);
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    @Secured({"COMPLAINTS_OFFICER", "COMPLAINTS_MANAGER"})
    ModelAndView<Map<String, Object>> recordForm(Authentication person) {
        return recordStep(person, "details", FormData.parse(null), null);
    }

    /**
     * Both steps post here; each carries the other's answers as hidden inputs, so nothing is kept between requests
     * and the page works without JavaScript. "Add another" draws the step again with one more entry.
     */
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"COMPLAINTS_OFFICER", "COMPLAINTS_MANAGER"})
    HttpResponse<?> record(Authentication person, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        String step = "protected".equals(sent.first(STEP)) ? "protected" : "details";
        if (sent.first(TaskFormPage.ADD_ANOTHER) != null) {
            return HttpResponse.ok(recordStep(person, step, sent, null));
        }
        if (step.equals("details") || sent.first("back") != null) {
            return HttpResponse.ok(recordStep(person, step.equals("details") ? "protected" : "details", sent, null));
        }
        Map<String, Object> complaint = nested(TaskFormPage.answers(ComplaintFields.DETAILS, sent));
        complaint.putAll(TaskFormPage.answers(ComplaintFields.PROTECTED, sent));
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/complaints", complaint);
        if (outcome.done()) {
            ComplaintViews.Complaint recorded = workflow.read(outcome.body(), Argument.of(ComplaintViews.Complaint.class));
            return HttpResponse.seeOther(URI.create("/complaints/" + recorded.id() + "?done=recorded"));
        }
        boolean aboutTheDetails = outcome.problem() != null && outcome.problem().errors() != null && outcome.problem().errors().stream()
                .anyMatch(error -> !error.field().startsWith(ComplaintFields.PROTECTED_DETAILS));
        return HttpResponse.badRequest(recordStep(person, aboutTheDetails ? "details" : "protected", sent, outcome.problem()));
    }

    @Get(value = "/missed-deadlines", produces = MediaType.TEXT_HTML)
    @Secured({"COMPLAINTS_OFFICER", "COMPLAINTS_MANAGER"})
    ModelAndView<Map<String, Object>> missedDeadlines(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<MissedDeadline> listed = workflow.get(person, "/internal/complaints/sla?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(MissedDeadline.class));
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Missed deadlines", Pages.Section.COMPLAINTS));
        model.put("missed", listed.items());
        model.put("total", listed.total());
        model.put("pagination", Pagination.of(shown, listed.pages(), p -> "/complaints/missed-deadlines?page=" + p));
        return new ModelAndView<>("complaints/missed-deadlines", model);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> complaint(Authentication person, @PathVariable String id, @Nullable @QueryValue String done) {
        Shown shown = view(person, id);
        Map<String, Object> model = complaintPage.model(shown, claims.signedIn(person).roles());
        model.put("page", pages.of(person, "Complaint " + shown.complaint().reference(), Pages.Section.COMPLAINTS));
        model.put("done", done == null ? null : Optional.ofNullable(ComplaintChange.of(done)).map(ComplaintChange::done)
                .orElse("recorded".equals(done) ? "Complaint recorded. Its acknowledgement is in the complaints team's tasks." : null));
        return new ModelAndView<>("complaints/complaint", model);
    }

    /** The one page that shows the protected details in full: the complaints team only, and each read is audited. */
    @Get(value = "/{id}/protected-details", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> protectedDetails(Authentication person, @PathVariable String id) {
        if (claims.signedIn(person).roles().stream().noneMatch(TEAM::contains)) {
            throw ProblemException.notFound("Page");
        }
        Shown shown = view(person, id);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Protected details", Pages.Section.COMPLAINTS));
        model.put("complaint", shown.complaint());
        model.put("details", shown.protectedDetails().stream().map(d -> List.of(ComplaintPage.kindWords(d.kind()), d.detail())).toList());
        return new ModelAndView<>("complaints/protected-details", model);
    }

    @Get(value = "/{id}/audit", produces = MediaType.TEXT_HTML)
    @Secured("COMPLAINTS_MANAGER")
    ModelAndView<Map<String, Object>> auditTrail(Authentication person, @PathVariable String id, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<AuditEvent> listed = workflow.get(person, "/internal/complaints/" + checked(id) + "/audit?page=" + shown + "&size=" + PAGE_SIZE,
                Listed.of(AuditEvent.class));
        Shown complaint = view(person, id);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Audit trail", Pages.Section.COMPLAINTS));
        model.put("complaint", complaint.complaint());
        model.put("events", listed.items().stream().map(ComplaintPage::auditRow).toList());
        model.put("total", listed.total());
        model.put("pagination", Pagination.of(shown, listed.pages(), p -> "/complaints/" + id + "/audit?page=" + p));
        return new ModelAndView<>("complaints/audit", model);
    }

    @Get(value = "/{id}/{change}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> changeForm(Authentication person, @PathVariable String id, @PathVariable String change) {
        ComplaintChange what = changeOf(change);
        Shown shown = view(person, id);
        return changePage(person, shown, what, what == ComplaintChange.ASSIGNMENTS ? assigned(shown) : FormData.parse(null), null, null);
    }

    @Post(value = "/{id}/{change}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(Authentication person, @PathVariable String id, @PathVariable String change, @Body @Nullable String body) {
        ComplaintChange what = changeOf(change);
        FormData sent = FormData.parse(body);
        Map<String, Object> answers = TaskFormPage.answers(what.fields(), sent);
        if (what == ComplaintChange.ASSIGNMENTS) {
            what.fields().forEach(field -> answers.putIfAbsent(field.name(), null));
        }
        WorkflowPages.Outcome outcome = workflow.send(person, what.method(), "/internal/complaints/" + checked(id) + what.internalPath(), answers);
        // The complaint is read (an audited read) only when its page is drawn again, not for a change that goes through.
        if (!outcome.done()) {
            return HttpResponse.badRequest(changePage(person, view(person, id), what, sent, outcome.problem(), null));
        }
        if (what == ComplaintChange.SCREEN) {
            return HttpResponse.ok(changePage(person, view(person, id), what, sent, null, workflow.read(outcome.body(), Argument.of(Screened.class))));
        }
        return HttpResponse.seeOther(URI.create("/complaints/" + id + "?done=" + what.path()));
    }

    /** The complaint if the person may see it. */
    private Shown view(Authentication person, String id) {
        return workflow.get(person, "/internal/complaints/" + checked(id), Argument.of(Shown.class));
    }

    /** A complaint's id; one that is not an id is a page that does not exist. */
    private static String checked(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Page");
        }
    }

    private static ComplaintChange changeOf(String path) {
        ComplaintChange change = ComplaintChange.of(path);
        if (change == null) {
            throw ProblemException.notFound("Page");
        }
        return change;
    }

    private ModelAndView<Map<String, Object>> changePage(Authentication person, Shown shown, ComplaintChange what, FormData sent,
                                                          @Nullable Problem problem, @Nullable Screened screened) {
        Map<String, String> errors = TaskFormPage.errorsOf(problem);
        List<FormInput> inputs = TaskFormPage.inputs(what.fields(), sent, errors);
        Page page = pages.of(person, what.title(), Pages.Section.COMPLAINTS);
        if (problem != null) {
            page = page.withErrors(TaskFormPage.errorLinks(inputs, errors, problem, "change-form"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("complaint", shown.complaint());
        model.put("change", what);
        model.put("inputs", inputs);
        model.put("screened", screened == null ? null : ComplaintPage.screening(screened));
        return new ModelAndView<>("complaints/change", model);
    }

    private ModelAndView<Map<String, Object>> recordStep(Authentication person, String step, FormData sent, @Nullable Problem problem) {
        Map<String, String> errors = TaskFormPage.errorsOf(problem);
        boolean details = step.equals("details");
        List<FormField> fields = details ? ComplaintFields.DETAILS : ComplaintFields.PROTECTED;
        List<FormInput> inputs = complaintPage.labelled(TaskFormPage.inputs(fields, sent, errors));
        Page page = pages.of(person, details ? "Record a complaint" : "Protected details", Pages.Section.COMPLAINTS);
        if (problem != null) {
            page = page.withErrors(TaskFormPage.errorLinks(inputs, errors, problem, "record-form"));
        }
        // The other step's answers go along unseen, so that neither step loses what was entered on the other.
        Map<String, List<String>> carried = new LinkedHashMap<>();
        sent.values().forEach((name, values) -> {
            boolean protectedDetail = name.startsWith(ComplaintFields.PROTECTED_DETAILS);
            if (details == protectedDetail && !NOT_CARRIED.contains(name)) {
                carried.put(name, values);
            }
        });
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("step", step);
        model.put("inputs", inputs);
        model.put("carried", carried);
        return new ModelAndView<>("complaints/record", model);
    }



    /** The current assignments, as the form would have sent them. */
    private static FormData assigned(Shown shown) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        ComplaintViews.Complaint complaint = shown.complaint();
        values.put("reviewerId", complaint.reviewerId() == null ? List.of() : List.of(complaint.reviewerId()));
        values.put("investigatorId", complaint.investigatorId() == null ? List.of() : List.of(complaint.investigatorId()));
        values.put("managerId", complaint.managerId() == null ? List.of() : List.of(complaint.managerId()));
        return new FormData(values);
    }

    /** "workerManager.email" answers as the API's nested {"workerManager": {"email": ...}}. */
    private static Map<String, Object> nested(Map<String, Object> answers) {
        Map<String, Object> nested = new LinkedHashMap<>();
        answers.forEach((name, value) -> {
            int dot = name.indexOf('.');
            if (dot < 0) {
                nested.put(name, value);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested.computeIfAbsent(name.substring(0, dot), n -> new LinkedHashMap<String, Object>());
                inner.put(name.substring(dot + 1), value);
            }
        });
        return nested;
    }


    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
