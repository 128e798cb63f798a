package uk.stpartnership.uiapi.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A person as stored; their roles are rows of person_role. {@code passwordHash} is null for people who sign in elsewhere. */
@MappedEntity("person")
record PersonEntry(@Id String id, String displayName, String email, String organisationId, @Nullable String passwordHash) {
}
