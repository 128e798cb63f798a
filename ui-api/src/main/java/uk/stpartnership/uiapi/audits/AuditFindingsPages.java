package uk.stpartnership.uiapi.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.ServiceClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A round's findings (per criterion, by the allocated worker's training, the change from its baseline, agreement)
 * with its CSV, and the year's summary across the boroughs (docs/CASE-AUDITS.md). workflow-service works out the
 * figures, decides who sees them (anyone else: the 404 page) and withholds evaluators' small counts; a withheld figure
 * is shown in words.
 */
@Controller("/audits")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditFindingsPages {

    private static final int SUMMARY_PAGE_SIZE = 20;
    private static final Map<String, String> PURPOSES = Map.of("BASELINE", "Baseline", "FOLLOW_UP", "Follow-up", "ROUTINE", "Routine");
    private static final Map<String, String> TRAINING = Map.of("CHAMPION", "Champion", "ST_TRAINED", "S&T trained",
            "NOT_TRAINED", "Not trained");

    private final Pages pages;
    private final WorkflowPages workflow;
    private final ForwardToWorkflow forward;
    private final PeopleDirectory directory;

    AuditFindingsPages(Pages pages, WorkflowPages workflow, ForwardToWorkflow forward, PeopleDirectory directory) {
        this.pages = pages;
        this.workflow = workflow;
        this.forward = forward;
        this.directory = directory;
    }

    @Get(value = "/rounds/{id}/findings", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> findings(Authentication person, @PathVariable String id) {
        AuditFindings.Round round = workflow.get(person, "/internal/audits/rounds/" + roundId(id) + "/findings",
                Argument.of(AuditFindings.Round.class));
        Map<String, String> names = directory.organisationNames();
        List<FindingsTable> tables = new ArrayList<>();
        tables.add(FindingsTable.of("Scores per criterion", List.of("Criterion", "Cases scored of " + round.sampleSize(), "Not met",
                "Partially met", "Met"), round.criteria().stream().map(c -> List.of(criterion(c.position(), c.wording()), words(c.scored()),
                figure(c.notMet()), figure(c.partiallyMet()), figure(c.met()))).toList()));
        if (!round.byTraining().isEmpty()) {
            List<String> head = new ArrayList<>(List.of("Criterion"));
            round.byTraining().forEach(t -> head.add(t.training() == null ? "Not given" : TRAINING.get(t.training())));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < round.criteria().size(); i++) {
                AuditFindings.Criterion criterion = round.criteria().get(i);
                List<String> row = new ArrayList<>(List.of(criterion(criterion.position(), criterion.wording())));
                for (AuditFindings.Training training : round.byTraining()) {
                    row.add(met(training.criteria().get(i).met().percent(), training.criteria().get(i).met().count(),
                            training.criteria().get(i).scored()));
                }
                rows.add(row);
            }
            tables.add(FindingsTable.of("Cases meeting each criterion, by the allocated worker's training", head, rows));
        }
        if (round.baseline() != null) {
            tables.add(FindingsTable.of("Change from the baseline " + round.baseline().baselineReference(),
                    List.of("Criterion", "At the baseline", "Met then", "Met now", "Change"),
                    round.baseline().criteria().stream().map(AuditFindingsPages::change).toList()));
        }
        List<List<String>> agreement = new ArrayList<>(round.agreement().criteria().stream()
                .map(a -> agreement(criterion(a.position(), a.wording()), a, round.agreement().flagUnder())).toList());
        agreement.add(agreement("All criteria", round.agreement().overall(), round.agreement().flagUnder()));
        tables.add(FindingsTable.of("Agreement between auditors and moderators", List.of("Criterion", "Cases scored by both",
                "Same score", "Kappa", "Weighted kappa", "Flag"), agreement));

        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Findings of " + round.reference(), null));
        model.put("purpose", PURPOSES.getOrDefault(round.purpose(), round.purpose()));
        model.put("boroughs", String.join(", ", round.boroughs().stream().map(b -> names.getOrDefault(b, b)).toList()));
        model.put("sampleSize", round.sampleSize());
        model.put("countsWithheld", round.countsWithheld());
        model.put("flagUnder", String.valueOf(round.agreement().flagUnder()));
        model.put("tables", tables);
        model.put("csv", "/audits/rounds/" + round.roundId() + "/findings.csv");
        return new ModelAndView<>("audits/findings", model);
    }

    @Get(value = "/rounds/{id}/findings.csv", produces = "text/csv")
    HttpResponse<byte[]> findingsCsv(Authentication person, @PathVariable String id) {
        ServiceClient.Answer answer = forward.ask(person, "GET", "/internal/audits/rounds/" + roundId(id) + "/findings.csv", null);
        if (answer.status() == 404) {
            throw ProblemException.notFound("Page");
        }
        if (answer.status() >= 300) {
            throw new ProblemException(HttpStatus.valueOf(answer.status()), "The findings could not be read");
        }
        return HttpResponse.ok(answer.body()).contentType(answer.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, answer.contentDisposition());
    }

    @Get(value = "/summary", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> summary(Authentication person, @Nullable @QueryValue Integer year,
                                              @QueryValue(defaultValue = "0") int page) {
        int shownYear = year == null ? LocalDate.now(DueDates.LONDON).getYear() : year;
        AuditFindings.Summary summary = workflow.get(person, "/internal/audits/summary?year=" + shownYear + "&page=" + Math.max(0, page)
                + "&size=" + SUMMARY_PAGE_SIZE, Argument.of(AuditFindings.Summary.class));
        Map<String, String> names = directory.organisationNames();
        List<SummaryBorough> boroughs = new ArrayList<>();
        for (AuditFindings.BoroughRounds borough : summary.boroughs()) {
            List<FindingsTable> tables = new ArrayList<>();
            tables.add(FindingsTable.of("Rounds planned in " + summary.year(), List.of("Round", "Purpose", "Sample", "Cases scored by both",
                    "Kappa over all criteria"), borough.rounds().stream().map(r -> List.of(r.reference(),
                    PURPOSES.getOrDefault(r.purpose(), r.purpose()), Integer.toString(r.sampleSize()), words(r.pairs()), r.kappa())).toList()));
            List<SummaryBorough.RoundLink> links = new ArrayList<>();
            for (AuditFindings.SummaryRound round : borough.rounds()) {
                tables.add(FindingsTable.of("Cases meeting each criterion in " + round.reference(), List.of("Criterion", "Cases scored", "Met"),
                        round.criteria().stream().map(c -> List.of(criterion(c.position(), c.wording()), words(c.scored()), c.met())).toList()));
                links.add(new SummaryBorough.RoundLink(round.reference(), "/audits/rounds/" + round.roundId() + "/findings"));
            }
            boroughs.add(new SummaryBorough(names.getOrDefault(borough.borough(), borough.borough()), tables, links));
        }
        int pages = (int) Math.max(1, (summary.total() + summary.size() - 1) / summary.size());
        Map<String, Object> model = new HashMap<>();
        model.put("page", this.pages.of(person, "Case audits in " + summary.year(), null));
        model.put("year", summary.year());
        model.put("countsWithheld", summary.countsWithheld());
        model.put("boroughs", boroughs);
        model.put("years", List.of(
                new Page.NavigationItem("Previous year", "/audits/summary?year=" + (summary.year() - 1), false),
                new Page.NavigationItem("Next year", "/audits/summary?year=" + (summary.year() + 1), false)));
        model.put("pagination", pages > 1 ? Pagination.of(summary.page(), pages, p -> "/audits/summary?year=" + summary.year() + "&page=" + p)
                : null);
        return new ModelAndView<>("audits/summary", model);
    }

    /** Only a round's id goes into workflow-service's path: anything else is no page. */
    private static UUID roundId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("Page");
        }
    }

    private static String criterion(@Nullable Integer position, @Nullable String wording) {
        return position + ". " + wording;
    }

    /** "6 (60%)"; a count withheld, or one of no scored case, alone. */
    private static String figure(AuditFindings.Figure figure) {
        return figure.percent().endsWith("%") ? words(figure.count()) + " (" + figure.percent() + ")" : words(figure.count());
    }

    /** "100% (3 of 3)", or "withheld", or "not scored". */
    private static String met(String percent, String met, String scored) {
        return percent.endsWith("%") ? percent + " (" + words(met) + " of " + words(scored) + ")" : percent;
    }

    private static List<String> change(AuditFindings.Change change) {
        String then = change.percentThen() == null ? "not audited" : met(change.percentThen(), change.metThen(), change.scoredThen());
        String now = change.percentNow() == null ? "not audited" : met(change.percentNow(), change.metNow(), change.scoredNow());
        return switch (change.comparison()) {
            case "CONTINUED" -> List.of(criterion(change.position(), change.wording()),
                    criterion(change.baselinePosition(), change.baselineWording()), then, now, change.change());
            case "NEW" -> List.of(criterion(change.position(), change.wording()), "new criterion", then, now, "not available");
            default -> List.of("At the baseline: " + criterion(change.baselinePosition(), change.baselineWording()), "no longer audited",
                    then, now, "not available");
        };
    }

    private static List<String> agreement(String criterion, AuditFindings.CriterionAgreement agreement, double flagUnder) {
        return List.of(criterion, words(agreement.pairs()), agreement.observed(), agreement.kappa(), agreement.weightedKappa(),
                agreement.flagged() ? "Kappa under " + flagUnder : "");
    }

    /** A figure as the page shows it: workflow-service's reason for withholding one in a word. */
    private static String words(String shown) {
        return shown.startsWith("withheld") ? "withheld" : shown;
    }
}
