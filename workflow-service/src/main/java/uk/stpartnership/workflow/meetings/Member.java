package uk.stpartnership.workflow.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import uk.stpartnership.workflow.access.Actor;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who a series is for, in the shape of email recipients: one person, or everyone with a role in an organisation. */
@Serdeable
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = "{\"person\": \"champion.hackney\"}")
public record Member(@Nullable @Size(max = 100) String person,
                     @Nullable @Size(max = 100) String role,
                     @Nullable @Size(max = 100) String organisation) {

    public static Member person(String id) {
        return new Member(id, null, null);
    }

    public static Member role(String role, String organisation) {
        return new Member(null, role, organisation);
    }

    /** Either a person alone, or a role with an organisation. */
    boolean wellFormed() {
        return person != null ? role == null && organisation == null && !person.isBlank()
                : role != null && organisation != null && !role.isBlank() && !organisation.isBlank();
    }

    boolean includes(Actor actor) {
        return person != null ? person.equals(actor.id())
                : organisation.equals(actor.organisation()) && actor.roles().stream().anyMatch(held -> held.name().equals(role));
    }

    /** As a recipient of the send-email jobs. */
    Map<String, Object> recipient() {
        Map<String, Object> recipient = new LinkedHashMap<>();
        if (person != null) {
            recipient.put("person", person);
        } else {
            recipient.put("role", role);
            recipient.put("organisation", organisation);
        }
        return recipient;
    }
}
