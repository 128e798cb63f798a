package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.workflow.access.Actor;

import java.util.UUID;

@Controller("/internal/meetings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
@ProblemAnswers
class ReferralController {

    private final ReferAgendaItem referAgendaItem;

    ReferralController(ReferAgendaItem referAgendaItem) {
        this.referAgendaItem = referAgendaItem;
    }

    @Post("/{meetingId}/agenda-items/{itemId}/refer")
    @Operation(operationId = "referAgendaItem", summary = "Refer an operational group's agenda item to the steering group",
            description = "PROJECT_MANAGER only. The item goes on the next steering meeting whose agenda is open, with its papers.")
    @ConflictAnswer
    @Status(HttpStatus.CREATED)
    AgendaItem refer(@Parameter(hidden = true) Actor actor, @PathVariable UUID meetingId, @PathVariable UUID itemId) {
        return referAgendaItem.refer(actor, meetingId, itemId);
    }
}
