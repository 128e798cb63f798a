package uk.stpartnership.notification.email;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Who a send-email job is for, as the model writes it in the task's local variable {@code recipients}. */
public sealed interface Recipient {

    String KINDS = "{\"person\": id}, {\"role\": R, \"organisation\": O} or {\"email\": address, \"name\": N}";

    record OnePerson(String id) implements Recipient {
    }

    record EveryoneInRole(String role, String organisation) implements Recipient {
    }

    /** Someone who is not a platform user (a complainant, the manager of a worker complained about), emailed as named. */
    record OutsideThePlatform(String email, String name) implements Recipient {

        /** How the email greets someone whose name the process does not have. */
        static final String NO_NAME = "Sir or Madam";
        /** Loose on purpose: the relay judges the rest; this keeps out what is plainly not one address. */
        private static final Pattern ADDRESS = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");
        private static final int MAX_ADDRESS_LENGTH = 254;

        static OutsideThePlatform of(String email, String name) {
            String address = email.strip();
            if (address.length() > MAX_ADDRESS_LENGTH || !ADDRESS.matcher(address).matches()) {
                // The address is not repeated: incidents and logs should not collect people's details.
                throw new EmailJobDefect("A recipient's \"email\" is not an email address (one @, no spaces or line breaks,"
                        + " at most " + MAX_ADDRESS_LENGTH + " characters): correct the address the process was given");
            }
            return new OutsideThePlatform(address, name == null || name.isBlank() ? NO_NAME : name.strip());
        }
    }

    /** An empty list is allowed: no one to email (a complainant with no email address is written to by post). */
    static List<Recipient> parseAll(Object recipients) {
        if (!(recipients instanceof List<?> list)) {
            throw new EmailJobDefect("The task's local variable 'recipients' must be a list of " + KINDS + ", but it is "
                    + (recipients == null ? "missing" : "a " + recipients.getClass().getSimpleName()));
        }
        return IntStream.range(0, list.size()).mapToObj(index -> parse(index, list.get(index))).toList();
    }

    private static Recipient parse(int index, Object entry) {
        if (entry instanceof Map<?, ?> map) {
            if (map.keySet().equals(Set.of("person")) && map.get("person") instanceof String id && !id.isBlank()) {
                return new OnePerson(id);
            }
            if (map.keySet().equals(Set.of("role", "organisation"))
                    && map.get("role") instanceof String role && !role.isBlank()
                    && map.get("organisation") instanceof String organisation && !organisation.isBlank()) {
                return new EveryoneInRole(role, organisation);
            }
            // A model writes {email: e, name: null} when it has no name.
            if (Set.of("email", "name").containsAll(map.keySet()) && map.get("email") instanceof String email
                    && (map.get("name") == null || map.get("name") instanceof String)) {
                return OutsideThePlatform.of(email, (String) map.get("name"));
            }
        }
        // Only the shape is named: the values may be a complainant's details.
        throw new EmailJobDefect("Recipient " + (index + 1) + " (" + (entry instanceof Map<?, ?> map ? "keys " + map.keySet()
                : entry == null ? "null" : "a " + entry.getClass().getSimpleName()) + ") is not one of " + KINDS);
    }
}
