package uk.stpartnership.notification.email;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who a send-email job is for, as the model writes it in the task's local variable {@code recipients}. */
public sealed interface Recipient {

    record OnePerson(String id) implements Recipient {
    }

    record EveryoneInRole(String role, String organisation) implements Recipient {
    }

    static List<Recipient> parseAll(Object recipients) {
        if (!(recipients instanceof List<?> list) || list.isEmpty()) {
            throw new EmailJobDefect("The task's local variable 'recipients' must be a non-empty list of "
                    + "{\"person\": id} or {\"role\": R, \"organisation\": O}, but it is " + recipients);
        }
        return list.stream().map(Recipient::parse).toList();
    }

    private static Recipient parse(Object entry) {
        if (entry instanceof Map<?, ?> map) {
            if (map.keySet().equals(Set.of("person")) && map.get("person") instanceof String id && !id.isBlank()) {
                return new OnePerson(id);
            }
            if (map.keySet().equals(Set.of("role", "organisation"))
                    && map.get("role") instanceof String role && !role.isBlank()
                    && map.get("organisation") instanceof String organisation && !organisation.isBlank()) {
                return new EveryoneInRole(role, organisation);
            }
        }
        throw new EmailJobDefect("Recipient " + entry + " is neither {\"person\": id} nor {\"role\": R, \"organisation\": O}");
    }
}
