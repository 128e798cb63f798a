package uk.stpartnership.uiapi.people;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A borough or the delivery partner. {@code nation} decides whose bank holidays are not working days. */
@MappedEntity("organisation")
public record Organisation(@Id String id, String displayName, String nation) {
}
