package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A fact about the victim-survivor that no response may disclose. Never logged, never echoed when recorded. */
@Serdeable
@Introspected
public record ProtectedDetail(@NotNull Kind kind, @NotBlank @Size(max = 1000) String detail) {

    public enum Kind { AREA, ADDRESS, REFUGE, SCHOOL, CONTACT_DETAILS, DISCLOSURE, OTHER }

    @Override
    public String toString() {
        return "ProtectedDetail[" + kind + "]";
    }
}
