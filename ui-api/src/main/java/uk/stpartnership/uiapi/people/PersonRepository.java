package uk.stpartnership.uiapi.people;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** People and the roles they hold. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends GenericRepository<PersonEntry, String> {

    /** A role a person holds. */
    @Introspected
    record HeldRole(String personId, String role) {
    }

    List<PersonEntry> saveAll(Iterable<PersonEntry> people);

    Optional<PersonEntry> findById(String id);

    /** The people holding the role in the organisation, by username (index person_role_by_organisation_and_role). */
    @Query("""
            SELECT * FROM person WHERE id IN (SELECT r.person_id FROM person_role r WHERE r.organisation_id = :organisation AND r.role = :role)
            ORDER BY id""")
    List<PersonEntry> holding(String role, String organisation);

    /** Several people in one query (a page's list names each person once). */
    @Query("SELECT * FROM person WHERE id IN (:ids)")
    List<PersonEntry> findByIdIn(List<String> ids);

    /** The roles of several people in one query, each person's in order. */
    @Query("SELECT person_id, role FROM person_role WHERE person_id IN (:personIds) ORDER BY person_id, role")
    List<HeldRole> rolesOf(List<String> personIds);

    /** Every role given, one row each (the three lists run side by side), in one statement. */
    @Query("""
            INSERT INTO person_role (person_id, organisation_id, role)
            SELECT * FROM unnest(CAST(:people AS text[]), CAST(:organisations AS text[]), CAST(:roles AS text[]))""")
    void addRoles(@TypeDef(type = DataType.STRING_ARRAY) List<String> people, @TypeDef(type = DataType.STRING_ARRAY) List<String> organisations,
                  @TypeDef(type = DataType.STRING_ARRAY) List<String> roles);
}
