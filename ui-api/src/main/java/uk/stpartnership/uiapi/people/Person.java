package uk.stpartnership.uiapi.people;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Someone in the people directory; {@code id} is their username. The shape notification-service reads. */
@Serdeable
public record Person(String id, String displayName, String email, String organisation, List<String> roles) {
}
