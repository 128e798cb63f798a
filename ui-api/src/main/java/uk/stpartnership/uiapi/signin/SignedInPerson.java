package uk.stpartnership.uiapi.signin;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The person a bearer token speaks for; {@code id} is their username. */
@Serdeable
public record SignedInPerson(String id, String name, String organisation, List<String> roles) {
}
