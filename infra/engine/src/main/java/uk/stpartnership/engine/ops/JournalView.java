package uk.stpartnership.engine.ops;

import uk.stpartnership.engine.api.Operations.JournalEntry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A journal entry as an operator sees it: what happened and where, without variable values, which may be ones the model
 * marks sensitive (only {@code /instances/{key}/variables} shows values, and it leaves those out).
 */
record JournalView(long position, String valueType, String intent, long key, String elementId, String elementType,
                   Map<String, Object> details, Instant at) {

    private static final Set<String> VALUES = Set.of("value", "variables");

    static JournalView of(JournalEntry entry) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (entry.payload() != null) {
            entry.payload().forEach((name, value) -> {
                if (!VALUES.contains(name)) {
                    details.put(name, value);
                }
            });
        }
        return new JournalView(entry.position(), entry.valueType(), entry.intent(), entry.key(), entry.elementId(),
                entry.elementType(), details, entry.at());
    }
}
