package uk.stpartnership.notification.email;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A person as ui-api's people directory describes them; someone outside the platform has their address as id. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(String id, @Nullable String displayName, @Nullable String email, @Nullable String organisation,
                     @Nullable List<String> roles) {
}
