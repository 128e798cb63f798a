package uk.stpartnership.workflow.trainers;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;

import java.util.UUID;

@Controller("/internal/trainers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Trainers", description = "Accredited trainers: accreditation, renewal, a cohort a year, and the warnings before either runs out")
@ProblemAnswers
class TrainerController {

    private final ListTrainers listTrainers;
    private final RecordAccreditation recordAccreditation;
    private final RenewAccreditation renewAccreditation;

    TrainerController(ListTrainers listTrainers, RecordAccreditation recordAccreditation, RenewAccreditation renewAccreditation) {
        this.listTrainers = listTrainers;
        this.recordAccreditation = recordAccreditation;
        this.renewAccreditation = renewAccreditation;
    }

    @Get
    @Operation(operationId = "listTrainers", summary = "Trainers with their accreditation's status, the day it lapses each way, cohorts delivered",
            description = "Every trainer for PROJECT_MANAGER, IMPLEMENTATION_LEAD (any borough) and the delivery partner's people; "
                    + "otherwise the person's own. EVALUATOR: 404.")
    Page<TrainerView> list(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return listTrainers.list(actor, paging.request());
    }

    @Get("/{id}")
    @Operation(operationId = "viewTrainer", summary = "One trainer's accreditation", description = "As the list decides; any other: 404.")
    TrainerView one(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return listTrainers.one(actor, id);
    }

    @Post
    @Operation(operationId = "recordAccreditation", summary = "Record a trainer's accreditation; its process warns before it lapses",
            description = "PROJECT_MANAGER, or an IMPLEMENTATION_LEAD of the delivery partner. The trainer is a person of the "
                    + "directory; the date not in the future and still in force today.")
    @Status(HttpStatus.CREATED)
    @ConflictAnswer
    TrainerView record(@Parameter(hidden = true) Actor actor, @Body RecordAccreditationRequest request) {
        return recordAccreditation.record(actor, request);
    }

    @Post("/{id}/renewal")
    @Operation(operationId = "renewAccreditation", summary = "Renew a trainer's accreditation on a new date",
            description = "PROJECT_MANAGER, or an IMPLEMENTATION_LEAD of the delivery partner. Its two years and its year for a cohort start again from the new date; a lapsed "
                    + "accreditation is in force again.")
    TrainerView renew(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @Body RenewAccreditationRequest request) {
        return renewAccreditation.renew(actor, id, request);
    }
}
