package uk.stpartnership.workflow.surveys;

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
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Paging;

import java.util.List;
import java.util.UUID;

/** Training surveys (docs/TRAINING.md, "Surveys"): answered by the trainee, reported only as counts and means. */
@Controller("/internal/surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Surveys", description = "Training surveys before and after a course, and their report")
@ProblemAnswers
class SurveysController {

    private final AnswerSurvey answerSurvey;
    private final DueSurveys dueSurveys;
    private final SurveyReport report;

    SurveysController(AnswerSurvey answerSurvey, DueSurveys dueSurveys, SurveyReport report) {
        this.answerSurvey = answerSurvey;
        this.dueSurveys = dueSurveys;
        this.report = report;
    }

    @Get("/questions")
    @Operation(operationId = "surveyQuestions", summary = "The survey's questions and the demographic questions' answers, in words")
    SurveyQuestions questions() {
        return SurveyQuestions.ASKED;
    }

    @Get("/due")
    @Operation(operationId = "dueSurveys", summary = "The surveys the person may answer now, of their places on the page asked")
    List<DueSurveys.DueSurvey> due(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return dueSurveys.of(actor, paging.request());
    }

    @Post("/cohorts/{id}/{phase}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "answerSurvey", summary = "Answer a cohort's survey before (PRE) or after (POST) the course, once",
            description = "Only the person holding a place on the cohort (a PRACTITIONER, a CHAMPION, anyone booked; else 404); "
                    + "a second answer is 409 and stores nothing. Demographics only after the course, each question optional.")
    void answer(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @PathVariable SurveyPhase phase,
                @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SurveyAnswerRequest.class)))
                @Body @Nullable UncheckedBody<SurveyAnswerRequest> request) {
        answerSurvey.answer(actor, id, phase, request);
    }

    @Get("/report")
    @Operation(operationId = "surveyReport", summary = "Pre/post confidence and knowledge per course for a programme year, small counts withheld",
            description = "EVALUATOR, PROJECT_MANAGER and the delivery partner's people: every borough's answers together; "
                    + "a borough's IMPLEMENTATION_LEAD and BOROUGH_LEAD: their borough's. Anyone else: 404.")
    SurveyFigures report(@Parameter(hidden = true) Actor actor,
                         @Parameter(description = "The year the programme year starts in (2026 for 1 August 2026 to 31 July 2027); default the current one")
                         @Nullable @QueryValue Integer year) {
        return report.report(actor, year);
    }
}
