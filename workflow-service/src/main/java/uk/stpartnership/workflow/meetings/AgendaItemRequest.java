package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An item a member puts on a meeting's agenda: papers are links; owner (who presents it) defaults to the member. */
@Serdeable
@Introspected
public record AgendaItemRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull AgendaItem.Purpose purpose,
        @Nullable @Size(max = 20) List<@NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be a link (http or https)") String> papers,
        @Nullable @Size(max = 100) String owner) {
}
