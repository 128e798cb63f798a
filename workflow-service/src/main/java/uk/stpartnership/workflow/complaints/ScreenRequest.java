package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A draft response to screen. Never logged. */
@Serdeable
@Introspected
public record ScreenRequest(@NotBlank @Size(max = 100000) String text) {

    @Override
    public String toString() {
        return "ScreenRequest[" + (text == null ? 0 : text.length()) + " characters]";
    }
}
