package uk.stpartnership.workflow.people;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.ServiceClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Whether a username names a person of the platform: ui-api's people directory (docs/CONTRACTS.md) knows. */
@Singleton
public class PeopleDirectory {

    private final ServiceClient uiApi;

    public PeopleDirectory(@Value("${ui-api.url}") URI uiApiUrl, @Value("${platform.service-token}") String serviceToken) {
        this.uiApi = new ServiceClient(uiApiUrl, serviceToken);
    }

    /** A directory that cannot answer is a passing fault: 503, and nothing is changed. */
    public boolean exists(String personId) {
        ServiceClient.Answer answer;
        try {
            answer = uiApi.send("GET", "/internal/people/" + URLEncoder.encode(personId, StandardCharsets.UTF_8).replace("+", "%20"),
                    Map.of(), null);
        } catch (ServiceClient.ServiceUnavailable e) {
            throw unavailable();
        }
        return switch (answer.status()) {
            case 200 -> true;
            case 404 -> false;
            default -> throw unavailable();
        };
    }

    private static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The people directory cannot be reached just now; try again shortly");
    }
}
