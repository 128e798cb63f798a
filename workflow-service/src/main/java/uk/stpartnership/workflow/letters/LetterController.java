package uk.stpartnership.workflow.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For notification-service only (service token, no person): an email as it is to be sent. ui-api forwards a person's
 * request with the X-Actor-* headers, so a request that names a person is told this does not exist.
 */
@Controller("/internal/letters")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Internal: letters", description = "For notification-service: the emails whose words are kept here, never in the engine")
@ProblemAnswers
class LetterController {

    private final Map<String, LetterSource> sources;

    LetterController(List<LetterSource> sources) {
        this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(LetterSource::kind, Function.identity()));
    }

    @Get("/{kind}/{id}/{template}")
    @Operation(operationId = "letter", summary = "An email as it is to be sent: its recipients' roles, subject and words",
            description = "kind is complaint, consultation, meeting or action; template is the email's name in the model.")
    Letter letter(@PathVariable String kind, @PathVariable UUID id, @PathVariable String template, @Nullable @QueryValue UUID draftId,
                  @Parameter(hidden = true) @Nullable @Header("X-Actor-Id") String person) {
        LetterSource source = sources.get(kind);
        if (person != null || source == null) {
            throw ProblemException.notFound("Resource");
        }
        return source.letter(id, template, draftId);
    }
}
