package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import uk.stpartnership.workflow.access.Actor;

import java.util.UUID;

@Controller("/internal/meetings")
class ReferralController {

    private final ReferAgendaItem referAgendaItem;

    ReferralController(ReferAgendaItem referAgendaItem) {
        this.referAgendaItem = referAgendaItem;
    }

    @Post("/{meetingId}/agenda-items/{itemId}/refer")
    HttpResponse<AgendaItem> refer(Actor actor, @PathVariable UUID meetingId, @PathVariable UUID itemId) {
        return HttpResponse.created(referAgendaItem.refer(actor, meetingId, itemId));
    }
}
