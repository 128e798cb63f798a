package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.web.ProblemException;

import java.util.UUID;

/**
 * For notification-service only (service token, no person): a complaint's email as it is to be sent. ui-api forwards
 * a person's request with the X-Actor-* headers, so a request that names a person is told this does not exist.
 */
@Controller("/internal/complaint-letters")
class ComplaintLetterController {

    private final ComplaintLetters letters;

    ComplaintLetterController(ComplaintLetters letters) {
        this.letters = letters;
    }

    @Get("/{id}/{template}")
    ComplaintLetters.Letter letter(@PathVariable UUID id, @PathVariable String template, @Nullable @QueryValue UUID draftId,
                                   @Nullable @Header("X-Actor-Id") String person) {
        if (person != null) {
            throw ProblemException.notFound("Resource");
        }
        return letters.letter(id, template, draftId);
    }
}
