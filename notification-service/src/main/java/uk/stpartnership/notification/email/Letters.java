package uk.stpartnership.notification.email;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ServiceClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An email whose texts workflow-service holds (a send-email task with the header {@code letter}, naming the kind of
 * record: complaint, consultation, meeting, action): what people typed is never put together from process variables.
 * Asked for by the record's id (the process variable {@code <kind>Id}) and, for a complaint's response, the screened
 * draft's id; workflow-service refuses a draft that has not passed screening.
 */
@Singleton
public class Letters {

    /**
     * @param recipients send-email recipients; none when workflow-service has no address; null when the job's own
     *                   recipients are the ones
     */
    @Serdeable
    public record Letter(@Nullable List<Map<String, String>> recipients, Map<String, String> values) {
    }

    private final ServiceClient workflowService;
    private final JsonMapper json;

    public Letters(@Value("${workflow-service.url}") URI workflowServiceUrl, @Value("${platform.service-token}") String serviceToken,
                   JsonMapper json) {
        this.workflowService = new ServiceClient(workflowServiceUrl, serviceToken);
        this.json = json;
    }

    public Letter of(String kind, String template, Map<String, Object> variables) {
        String idVariable = kind + "Id";
        if (!(variables.get(idVariable) instanceof String id) || id.isBlank()) {
            throw new EmailJobDefect("A " + kind + " letter needs the process variable " + idVariable);
        }
        String path = "/internal/letters/" + encode(kind) + "/" + encode(id) + "/" + encode(template)
                + (variables.get("draftId") instanceof String draftId ? "?draftId=" + encode(draftId) : "");
        ServiceClient.Answer answer = workflowService.send("GET", path, Map.of(), null);
        String detail = new String(answer.body(), StandardCharsets.UTF_8);
        switch (answer.status()) {
            case 200 -> {
                try {
                    return json.readValue(answer.body(), Argument.of(Letter.class));
                } catch (IOException e) {
                    throw new UncheckedIOException("workflow-service's letter " + template + " is not readable", e);
                }
            }
            case 400, 404 -> throw new EmailJobDefect("workflow-service has no letter " + template + " for this job: " + detail);
            // A draft not (yet) screened clean, or workflow-service unwell: retried, then an incident for an operator.
            default -> throw new IllegalStateException("workflow-service answered " + answer.status() + " for letter " + template
                    + ": " + detail);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
