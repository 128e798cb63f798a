package uk.stpartnership.workflow.people;

import io.micronaut.context.annotation.Value;
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
import java.util.Optional;

/** The platform's people, from ui-api's people directory (called with the service token). */
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

    /** The person with this username, if there is one (a username the directory cannot take names nobody). */
    public Optional<Person> person(String id) {
        ServiceClient.Answer answer = uiApi.send("GET", "/internal/people/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"),
                Map.of(), null);
        if (answer.status() == 404 || answer.status() == 400) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("The people directory answered " + answer.status() + " for person " + id);
        }
        try {
            return Optional.of(json.readValue(answer.body(), Person.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The people directory's answer for person " + id + " is not readable", e);
        }
    }
}
