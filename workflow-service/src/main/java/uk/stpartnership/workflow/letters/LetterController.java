package uk.stpartnership.workflow.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
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
class LetterController {

    private final Map<String, LetterSource> sources;

    LetterController(List<LetterSource> sources) {
        this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(LetterSource::kind, Function.identity()));
    }

    @Get("/{kind}/{id}/{template}")
    Letter letter(@PathVariable String kind, @PathVariable UUID id, @PathVariable String template, @Nullable @QueryValue UUID draftId,
                  @Nullable @Header("X-Actor-Id") String person) {
        LetterSource source = sources.get(kind);
        if (person != null || source == null) {
            throw ProblemException.notFound("Resource");
        }
        return source.letter(id, template, draftId);
    }
}
