package uk.stpartnership.uiapi.people;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Local mode only: the partnership's organisations and one demo person per role per organisation, e.g.
 * {@code implementation-lead.hackney}, all with the password DEMO_PASSWORD. Seeded once, into an empty directory.
 */
@Singleton
@Requires(env = "local")
class DemoPeople {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);
    private static final String LONDON = "ENGLAND_AND_WALES";

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("hackney", "Hackney", LONDON),
            new Organisation("waltham-forest", "Waltham Forest", LONDON),
            new Organisation("newham", "Newham", LONDON),
            new Organisation("tower-hamlets", "Tower Hamlets", LONDON),
            new Organisation("redbridge", "Redbridge", LONDON),
            new Organisation("hammersmith-and-fulham", "Hammersmith & Fulham", LONDON),
            new Organisation("respect", "Respect", LONDON));

    private final PeopleDirectory directory;
    private final String password;

    DemoPeople(PeopleDirectory directory, @Value("${platform.demo-password:}") String password) {
        if (password.isBlank()) {
            throw new IllegalStateException("Local mode seeds demo people: set DEMO_PASSWORD (platform.demo-password)");
        }
        this.directory = directory;
        this.password = password;
    }

    @EventListener
    void seed(StartupEvent started) {
        if (!directory.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        // Each person gets their own salt; the slow hashes are spread over every core.
        List<PeopleDirectory.Account> accounts = ORGANISATIONS.stream()
                .flatMap(organisation -> Arrays.stream(Role.values()).map(role -> person(role, organisation)))
                .toList()
                .parallelStream()
                .map(person -> new PeopleDirectory.Account(person, Passwords.hash(password)))
                .toList();
        directory.add(ORGANISATIONS, accounts);
        LOG.info("Seeded {} demo organisations and {} demo people in {} ms",
                ORGANISATIONS.size(), accounts.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static Person person(Role role, Organisation organisation) {
        String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + organisation.id();
        return new Person(username, role.title() + ", " + organisation.displayName(), username + "@st-partnership.test",
                organisation.id(), List.of(role.name()));
    }
}
