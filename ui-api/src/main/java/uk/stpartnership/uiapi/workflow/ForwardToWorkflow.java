package uk.stpartnership.uiapi.workflow;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.signin.SignedInPerson;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.ServiceClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sends a person's request for /api/{rest} to workflow-service as /internal/{rest} (same method, query and JSON
 * body) with the person as actor, and gives its answer back as it is, a download with its file name: workflow-service
 * validates the input and decides what the person may see and do.
 */
@Singleton
public class ForwardToWorkflow {

    private static final String API = "/api/";
    /**
     * Letters, digits, "-", "_", "." (person ids are usernames like practitioner.hackney) and "/" only, and no segment
     * that is "." or "..": no encoded "/" or dot segment can lead to another internal endpoint.
     */
    private static final Pattern PLAIN_PATH = Pattern.compile("/api(/(?!\\.\\.?(/|$))[A-Za-z0-9_.-]+)+/?");

    private final ServiceClient workflowService;
    private final TokenClaims claims;

    ForwardToWorkflow(@Value("${platform.workflow-service-url}") URI workflowServiceUrl,
                      @Value("${platform.service-token}") String serviceToken, TokenClaims claims) {
        this.workflowService = new ServiceClient(workflowServiceUrl, serviceToken);
        this.claims = claims;
    }

    static boolean plain(String rawPath) {
        return PLAIN_PATH.matcher(rawPath).matches();
    }

    public HttpResponse<byte[]> forward(HttpRequest<?> request, Authentication authentication, @Nullable String jsonBody) {
        String path = request.getUri().getRawPath();
        if (!plain(path)) {
            throw ProblemException.notFound("Resource");
        }
        String query = request.getUri().getRawQuery();
        String internal = "/internal/" + path.substring(API.length()) + (query == null ? "" : "?" + query);
        ServiceClient.Answer answer = ask(authentication, request.getMethodName(), internal,
                jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8));
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>ok().status(answer.status());
        if (answer.contentDisposition() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, answer.contentDisposition());
        }
        return answer.body().length == 0 ? response
                : response.header(HttpHeaders.CONTENT_TYPE, answer.contentType()).body(answer.body());
    }

    /** Asks workflow-service {@code internalPath} (with its query) as the person: the pages' way in. */
    public ServiceClient.Answer ask(Authentication authentication, String method, String internalPath, @Nullable byte[] jsonBody) {
        SignedInPerson actor = claims.signedIn(authentication);
        Map<String, String> actorHeaders = Map.of(
                "X-Actor-Id", actor.id(),
                "X-Actor-Organisation", actor.organisation(),
                "X-Actor-Roles", String.join(",", actor.roles()));
        try {
            return workflowService.send(method, internalPath, actorHeaders, jsonBody);
        } catch (ServiceClient.ServiceUnavailable e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "workflow-service is not reachable: try again shortly");
        }
    }
}
