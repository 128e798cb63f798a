package uk.stpartnership.notification.email;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ServiceClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns recipients into people with a name and an email address: platform users through ui-api's people
 * directory, people outside the platform as the model names them.
 */
@Singleton
public class PeopleDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleDirectory.class);

    private final ServiceClient uiApi;
    private final JsonMapper json;

    public PeopleDirectory(@Value("${ui-api.url}") URI uiApiUrl, @Value("${platform.service-token}") String serviceToken, JsonMapper json) {
        this.uiApi = new ServiceClient(uiApiUrl, serviceToken);
        this.json = json;
    }

    /**
     * Asks the directory once per distinct person and role, and lists each email address once even when
     * several recipients reach the same person.
     */
    public List<Person> resolve(List<Recipient> recipients) {
        Map<String, Person> byEmail = new LinkedHashMap<>();
        for (Recipient recipient : new LinkedHashSet<>(recipients)) {
            List<Person> people = switch (recipient) {
                case Recipient.OnePerson person -> List.of(person(person.id()));
                case Recipient.EveryoneInRole role -> everyoneIn(role);
                case Recipient.OutsideThePlatform outside -> List.of(new Person(outside.email(), outside.name(), outside.email(), null, null));
            };
            for (Person person : people) {
                if (person.email() == null || person.email().isBlank() || person.displayName() == null || person.displayName().isBlank()) {
                    throw new EmailJobDefect("Person " + person.id() + " has no email address or name in the people directory");
                }
                byEmail.putIfAbsent(person.email().strip(), person);
            }
        }
        return List.copyOf(byEmail.values());
    }

    private Person person(String id) {
        ServiceClient.Answer answer = uiApi.send("GET", "/internal/people/" + encode(id).replace("+", "%20"), Map.of(), null);
        if (answer.status() == 404) {
            throw new EmailJobDefect("Recipient person '" + id + "' is not in the people directory");
        }
        return read(answer, Argument.of(Person.class), "person " + id);
    }

    private List<Person> everyoneIn(Recipient.EveryoneInRole role) {
        ServiceClient.Answer answer = uiApi.send("GET", "/internal/people?role=" + encode(role.role())
                + "&organisation=" + encode(role.organisation()), Map.of(), null);
        List<Person> people = read(answer, Argument.listOf(Person.class), "role " + role.role() + " in " + role.organisation());
        if (people.isEmpty()) {
            // Dropping the recipient silently would leave nobody told: the model or the directory needs a fix.
            LOG.error("Nobody holds role {} in organisation {}: this email would reach no one", role.role(), role.organisation());
            throw new EmailJobDefect("Nobody holds role " + role.role() + " in organisation " + role.organisation()
                    + ": give the role to someone in the people directory, or correct the process model's recipients");
        }
        return people;
    }

    private <T> T read(ServiceClient.Answer answer, Argument<T> type, String what) {
        if (answer.status() != 200) {
            // ui-api is down or misconfigured: a passing fault, so the job is retried.
            throw new IllegalStateException("The people directory answered " + answer.status() + " for " + what + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("The people directory's answer for " + what + " is not readable", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
