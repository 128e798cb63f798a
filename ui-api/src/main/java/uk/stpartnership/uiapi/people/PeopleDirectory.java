package uk.stpartnership.uiapi.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The organisations and people of the partnership, in schema ui_api. */
@Singleton
public class PeopleDirectory {

    /** A person with what they sign in with; {@code passwordHash} is null for people who sign in elsewhere. */
    public record Account(Person person, @Nullable String passwordHash) {
    }

    private final OrganisationRepository organisations;
    private final PersonRepository people;

    PeopleDirectory(OrganisationRepository organisations, PersonRepository people) {
        this.organisations = organisations;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(String id) {
        return people.findById(id).map(entry -> withRoles(List.of(entry)).get(0));
    }

    public Optional<Person> person(String id) {
        return account(id).map(Account::person);
    }

    /**
     * The names people know each other by, for the usernames a page lists, in one query; a username the directory
     * does not hold stands for itself.
     */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = wanted.isEmpty() ? new HashMap<>() : people.findByIdIn(wanted).stream()
                .collect(Collectors.toMap(PersonEntry::id, PersonEntry::displayName, (a, b) -> a, HashMap::new));
        wanted.forEach(id -> names.putIfAbsent(id, id));
        return names;
    }

    /** The people holding {@code role} in {@code organisation}, by username. */
    @Transactional(readOnly = true)
    public List<Person> holding(String role, String organisation) {
        return withRoles(people.holding(role, organisation)).stream().map(Account::person).toList();
    }

    /** Each organisation's name as people know it ("Waltham Forest"), by id ("waltham-forest"). */
    @Transactional(readOnly = true)
    public Map<String, String> organisationNames() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Organisation::displayName));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return organisations.none();
    }

    @Transactional
    public void add(List<Organisation> newOrganisations, List<Account> accounts) {
        organisations.saveAll(newOrganisations);
        people.saveAll(accounts.stream().map(account -> new PersonEntry(account.person().id(), account.person().displayName(),
                account.person().email(), account.person().organisation(), account.passwordHash())).toList());
        List<String> holders = new ArrayList<>();
        List<String> holdersOrganisations = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (Account account : accounts) {
            for (String role : account.person().roles()) {
                holders.add(account.person().id());
                holdersOrganisations.add(account.person().organisation());
                roles.add(role);
            }
        }
        if (!roles.isEmpty()) {
            people.addRoles(holders, holdersOrganisations, roles);
        }
    }

    /** The people with their roles: one query for the roles of all of them. */
    private List<Account> withRoles(List<PersonEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> roles = people.rolesOf(entries.stream().map(PersonEntry::id).toList()).stream()
                .collect(Collectors.groupingBy(PersonRepository.HeldRole::personId,
                        Collectors.mapping(PersonRepository.HeldRole::role, Collectors.toList())));
        return entries.stream().map(entry -> new Account(new Person(entry.id(), entry.displayName(), entry.email(), entry.organisationId(),
                roles.getOrDefault(entry.id(), List.of())), entry.passwordHash())).toList();
    }
}
