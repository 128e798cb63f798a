package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.util.List;
import java.util.Map;

/**
 * What case audits tell the engine, through the outbox in the transaction that saved the sample: the round's process,
 * with ids, people and dates only (a case is its id; its reference stays here).
 */
@Singleton
class AuditProcesses {

    static final String ROUND_PROCESS = "case-audit-round";
    static final String ROUND_SAMPLED = "audit-round-sampled";

    private final EngineOutbox outbox;
    private final BoroughCalendars calendars;
    private final int reminderDaysBeforeDue;

    AuditProcesses(EngineOutbox outbox, BoroughCalendars calendars, @Value("${audits.reminder-days-before-due}") int reminderDaysBeforeDue) {
        this.outbox = outbox;
        this.calendars = calendars;
        this.reminderDaysBeforeDue = reminderDaysBeforeDue;
    }

    /** Each sampled case to its auditor, each moderated one to its moderator; reminded and due at 09:00 London time. */
    void roundSampled(AuditRound round, List<AuditCase> sample) {
        List<Map<String, Object>> audits = sample.stream()
                .<Map<String, Object>>map(c -> Map.of("auditCaseId", c.id().toString(), "auditor", c.auditor())).toList();
        List<Map<String, Object>> moderations = sample.stream().filter(c -> c.moderator() != null)
                .<Map<String, Object>>map(c -> Map.of("auditCaseId", c.id().toString(), "moderator", c.moderator())).toList();
        outbox.startProcess(ROUND_PROCESS, ROUND_SAMPLED, round.id(), Map.of(
                "roundId", round.id().toString(), "borough", round.borough(), "businessReference", round.reference(),
                "dueDate", round.dueOn().toString(),
                "reminderAt", calendars.at(round.dueOn().minusDays(reminderDaysBeforeDue), BoroughCalendars.START_OF_DAY).toInstant().toString(),
                "dueAt", calendars.at(round.dueOn(), BoroughCalendars.START_OF_DAY).toInstant().toString(),
                "audits", audits, "moderations", moderations));
    }
}
