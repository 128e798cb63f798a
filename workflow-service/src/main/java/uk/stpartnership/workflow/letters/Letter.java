package uk.stpartnership.workflow.letters;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * What notification-service needs to send one email whose texts stay in workflow-service.
 *
 * @param recipients send-email recipients ({email, name}), none when no address is known; null when the job's own
 *                   recipients (people and roles, named by id in the process) are the ones
 * @param values     the texts the template shows
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Letter(@Nullable List<Map<String, String>> recipients, Map<String, String> values) {

    /** Texts for the job's own recipients. */
    public static Letter toJobRecipients(Map<String, String> values) {
        return new Letter(null, values);
    }
}
