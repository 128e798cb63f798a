package uk.stpartnership.workflow.people;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.ServiceClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The platform's people, from ui-api's people directory (docs/CONTRACTS.md), called with the service token. */
@Singleton
public class PeopleDirectory {

    /** Someone in the directory; {@code id} is their username. */
    @Serdeable
    public record Person(String id, String displayName, String email, String organisation, List<String> roles) {

        public Person {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    private final ServiceClient uiApi;
    private final JsonMapper json;

    public PeopleDirectory(@Value("${ui-api.url}") URI uiApiUrl, @Value("${platform.service-token}") String serviceToken, JsonMapper json) {
        this.uiApi = new ServiceClient(uiApiUrl, serviceToken);
        this.json = json;
    }

    /**
     * The person with this username, if there is one (a username the directory cannot take names nobody).
     * A directory that cannot answer is a passing fault: 503, and nothing is changed.
     */
    public Optional<Person> person(String id) {
        ServiceClient.Answer answer;
        try {
            answer = uiApi.send("GET", "/internal/people/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"),
                    Map.of(), null);
        } catch (ServiceClient.ServiceUnavailable e) {
            throw unavailable();
        }
        return switch (answer.status()) {
            case 200 -> Optional.of(read(id, answer.body()));
            case 404, 400 -> Optional.empty();
            default -> throw unavailable();
        };
    }

    public boolean exists(String personId) {
        return person(personId).isPresent();
    }

    private Person read(String id, byte[] body) {
        try {
            return json.readValue(body, Person.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The people directory's answer for person " + id + " is not readable", e);
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The people directory cannot be reached just now; try again shortly");
    }
}
