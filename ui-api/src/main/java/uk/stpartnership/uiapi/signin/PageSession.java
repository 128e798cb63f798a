package uk.stpartnership.uiapi.signin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person's session on the pages; the browser holds the token whose hash is {@code tokenHash}. */
@MappedEntity("page_session")
record PageSession(@Id String tokenHash, String personId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
}
