package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;

import java.util.UUID;

/** Bodies are read and validated inside the use cases, after the person's right to send them. */
@Controller("/internal/champions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Champions", description = "S&T champions: nominations, the team register, coverage, active champions and their end")
@ProblemAnswers
class ChampionController {

    private static final String ACCESS = " IMPLEMENTATION_LEAD, BOROUGH_LEAD and CHAMPION of a borough see their borough;"
            + " PROJECT_MANAGER and the delivery partner's people every borough (borough narrows it); EVALUATOR and anyone else: 404.";

    private static final String REPORT_ACCESS = "PROJECT_MANAGER and the delivery partner: every borough; IMPLEMENTATION_LEAD and BOROUGH_LEAD: "
            + "their borough; EVALUATOR: the boroughs' totals only, small counts in words. Anyone else: 404.";

    private final ListChampions list;
    private final NominateChampion nominate;
    private final AddTeam addTeam;
    private final RecordChampionEnd recordEnd;
    private final ReportChampions reports;

    ChampionController(ListChampions list, NominateChampion nominate, AddTeam addTeam, RecordChampionEnd recordEnd, ReportChampions reports) {
        this.list = list;
        this.nominate = nominate;
        this.addTeam = addTeam;
        this.recordEnd = recordEnd;
        this.reports = reports;
    }

    @Get
    @Operation(operationId = "listChampions", summary = "Champions, by borough, team and name", description = ACCESS + " Every list read is audited.")
    Page<ChampionSummary> champions(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String borough, @RequestBean Paging paging) {
        return list.champions(actor, borough, paging.request());
    }

    @Get("/{id}")
    @Operation(operationId = "viewChampion", summary = "A champion: agreement, check-ins, succession and consultations held per quarter",
            description = ACCESS + " Every read is audited.")
    ChampionDetail champion(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return list.champion(actor, id);
    }

    @Post("/{id}/end")
    @ConflictAnswer
    @Operation(operationId = "recordChampionEnd", summary = "Record that an active champion stops being active or leaves the borough",
            description = "IMPLEMENTATION_LEAD of the champion's borough. endedOn today or earlier ends the agreement now; a later day is the leaving "
                    + "date, when it ends. Either way a succession task for the team follows.")
    ChampionSummary end(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                        @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChampionEndRequest.class)))
                        @Body @Nullable UncheckedBody<ChampionEndRequest> request) {
        return recordEnd.record(actor, id, request);
    }

    @Get("/nominations")
    @Operation(operationId = "listChampionNominations", summary = "Nominations and applications, newest first, with any decline",
            description = ACCESS + " Every list read is audited.")
    Page<NominationSummary> nominations(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String borough,
                                        @RequestBean Paging paging) {
        return list.nominations(actor, borough, paging.request());
    }

    @Post("/nominations")
    @ConflictAnswer
    @Operation(operationId = "nominateChampion", summary = "Nominate a practitioner of the borough as a champion",
            description = "IMPLEMENTATION_LEAD of the borough. candidate and lineManager are person ids of the directory.")
    @Status(HttpStatus.CREATED)
    NominationSummary nominate(@Parameter(hidden = true) Actor actor,
                               @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NominationRequest.class)))
                               @Body @Nullable UncheckedBody<NominationRequest> request) {
        return nominate.nominate(actor, request);
    }

    @Post("/applications")
    @ConflictAnswer
    @Operation(operationId = "applyAsChampion", summary = "Apply to become a champion", description = "PRACTITIONER (or CHAMPION) of the borough; candidate is left out.")
    @Status(HttpStatus.CREATED)
    NominationSummary apply(@Parameter(hidden = true) Actor actor,
                            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NominationRequest.class)))
                            @Body @Nullable UncheckedBody<NominationRequest> request) {
        return nominate.apply(actor, request);
    }

    @Get("/teams")
    @Operation(operationId = "listChampionTeams", summary = "The team register, by borough and name",
            description = ACCESS + " A PRACTITIONER sees their own borough's register, to name their team when they apply.")
    Page<Team> teams(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String borough, @RequestBean Paging paging) {
        return list.teams(actor, borough, paging.request());
    }

    @Post("/teams")
    @Operation(operationId = "addChampionTeam", summary = "Add a team to the borough's register", description = "IMPLEMENTATION_LEAD of the borough.")
    @Status(HttpStatus.CREATED)
    Team addTeam(@Parameter(hidden = true) Actor actor,
                 @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TeamRequest.class)))
                 @Body @Nullable UncheckedBody<TeamRequest> request) {
        return addTeam.add(actor, request);
    }

    @Get("/coverage")
    @Operation(operationId = "championCoverage", summary = "Active champions per team; a team with none is flagged", description = ACCESS)
    Page<TeamCoverage> coverage(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String borough, @RequestBean Paging paging) {
        return list.coverage(actor, borough, paging.request());
    }

    @Get("/reports/teams")
    @Operation(operationId = "championsPerTeamReport", summary = "Active champions per borough (teams, teams with none) and per team",
            description = REPORT_ACCESS)
    ChampionsPerTeam championsPerTeam(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return reports.perTeam(actor, paging.request());
    }

    @Get("/reports/consultations")
    @Operation(operationId = "championConsultationsReport", summary = "Consultations each champion gave per quarter while active, and per borough",
            description = REPORT_ACCESS)
    ChampionConsultations consultationsPerQuarter(@Parameter(hidden = true) Actor actor,
                                                  @Parameter(description = "First quarter", schema = @Schema(pattern = "\\d{4}-Q[1-4]", example = "2026-Q1")) @QueryValue String from,
                                                  @Parameter(description = "Last quarter", schema = @Schema(pattern = "\\d{4}-Q[1-4]", example = "2026-Q4")) @QueryValue String to,
                                                  @RequestBean Paging paging) {
        return reports.consultationsPerQuarter(actor, from, to, paging.request());
    }

    @Get("/reports/retention")
    @Operation(operationId = "championRetentionReport", summary = "Champions still active 6 and 12 months after becoming active, per borough and start quarter",
            description = REPORT_ACCESS)
    ChampionRetention retention(@Parameter(hidden = true) Actor actor) {
        return reports.retention(actor);
    }
}
