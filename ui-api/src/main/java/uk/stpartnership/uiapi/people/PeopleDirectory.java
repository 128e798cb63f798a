package uk.stpartnership.uiapi.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The organisations and people of the partnership, in schema ui_api. */
@Singleton
public class PeopleDirectory {

    /** A person with what they sign in with; {@code passwordHash} is null for people who sign in elsewhere. */
    public record Account(Person person, @Nullable String passwordHash) {
    }

    private static final String ACCOUNT = """
            SELECT p.id, p.display_name, p.email, p.organisation_id, p.password_hash,
                   array(SELECT r.role FROM person_role r WHERE r.person_id = p.id ORDER BY r.role) AS roles
            FROM person p
            """;

    private final JdbcOperations jdbc;

    PeopleDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(String id) {
        return jdbc.prepareStatement(ACCOUNT + "WHERE p.id = ?", statement -> {
            statement.setString(1, id);
            return accounts(statement).stream().findFirst();
        });
    }

    public Optional<Person> person(String id) {
        return account(id).map(Account::person);
    }

    /** The people holding {@code role} in {@code organisation}, by username. */
    @Transactional(readOnly = true)
    public List<Person> holding(String role, String organisation) {
        return jdbc.prepareStatement(ACCOUNT + """
                WHERE p.id IN (SELECT r.person_id FROM person_role r WHERE r.organisation_id = ? AND r.role = ?)
                ORDER BY p.id
                """, statement -> {
            statement.setString(1, organisation);
            statement.setString(2, role);
            return accounts(statement).stream().map(Account::person).toList();
        });
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM organisation)", statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    @Transactional
    public void add(List<Organisation> organisations, List<Account> accounts) {
        jdbc.prepareStatement("INSERT INTO organisation (id, display_name, nation) VALUES (?, ?, ?)", statement -> {
            for (Organisation organisation : organisations) {
                statement.setString(1, organisation.id());
                statement.setString(2, organisation.displayName());
                statement.setString(3, organisation.nation());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        jdbc.prepareStatement("""
                INSERT INTO person (id, display_name, email, organisation_id, password_hash) VALUES (?, ?, ?, ?, ?)
                """, statement -> {
            for (Account account : accounts) {
                Person person = account.person();
                statement.setString(1, person.id());
                statement.setString(2, person.displayName());
                statement.setString(3, person.email());
                statement.setString(4, person.organisation());
                statement.setString(5, account.passwordHash());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        jdbc.prepareStatement("INSERT INTO person_role (person_id, organisation_id, role) VALUES (?, ?, ?)", statement -> {
            for (Account account : accounts) {
                for (String role : account.person().roles()) {
                    statement.setString(1, account.person().id());
                    statement.setString(2, account.person().organisation());
                    statement.setString(3, role);
                    statement.addBatch();
                }
            }
            return statement.executeBatch();
        });
    }

    private static List<Account> accounts(PreparedStatement statement) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                List<String> roles = List.of((String[]) row.getArray("roles").getArray());
                accounts.add(new Account(new Person(row.getString("id"), row.getString("display_name"),
                        row.getString("email"), row.getString("organisation_id"), roles),
                        row.getString("password_hash")));
            }
        }
        return accounts;
    }
}
