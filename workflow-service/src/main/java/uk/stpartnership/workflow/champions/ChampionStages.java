package uk.stpartnership.workflow.champions;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Map;
import java.util.UUID;

/**
 * What the champion processes' service tasks do to the records. Each is safe to do again: a job delivered twice
 * changes nothing the first did not (at-least-once delivery).
 */
@Singleton
class ChampionStages {

    private static final Logger LOG = LoggerFactory.getLogger(ChampionStages.class);

    private final NominationRepository nominations;
    private final ChampionRepository champions;
    private final SuccessionRepository successions;
    private final ChampionProcesses processes;
    private final BoroughCalendars calendars;
    private final Clock clock;
    private final int managerReminderWorkingDays;
    private final int managerEscalationWorkingDays;
    private final int successionDueWorkingDays;
    private final String checkInEvery;
    private final LocalTime reminderTime;

    ChampionStages(NominationRepository nominations, ChampionRepository champions, SuccessionRepository successions,
                   ChampionProcesses processes, BoroughCalendars calendars, Clock clock,
                   @Value("${champions.manager-reminder-working-days}") int managerReminderWorkingDays,
                   @Value("${champions.manager-escalation-working-days}") int managerEscalationWorkingDays,
                   @Value("${champions.succession-due-working-days}") int successionDueWorkingDays,
                   @Value("${champions.check-in-every}") String checkInEvery,
                   @Value("${champions.reminder-time}") String reminderTime) {
        this.nominations = nominations;
        this.champions = champions;
        this.successions = successions;
        this.processes = processes;
        this.calendars = calendars;
        this.clock = clock;
        this.managerReminderWorkingDays = managerReminderWorkingDays;
        this.managerEscalationWorkingDays = managerEscalationWorkingDays;
        this.successionDueWorkingDays = successionDueWorkingDays;
        this.checkInEvery = Period.parse(checkInEvery).toString();
        this.reminderTime = LocalTime.parse(reminderTime);
    }

    /** The line manager's reminder and escalation, in working days of the borough from today, at the reminder time. */
    Map<String, Object> managerDates(String borough) {
        WorkingDayCalendar calendar = calendars.of(borough);
        LocalDate today = calendars.today();
        LocalDate reminderOn = calendar.plusWorkingDays(today, managerReminderWorkingDays);
        LocalDate escalationOn = calendar.plusWorkingDays(today, managerEscalationWorkingDays);
        return Map.of("managerReminderAt", calendars.at(reminderOn, reminderTime).toInstant().toString(),
                "managerEscalationAt", calendars.at(escalationOn, reminderTime).toInstant().toString(),
                "managerDueDate", escalationOn.toString());
    }

    /** The champion record of an agreed nomination, once, and its process (the outbox starts it once per record). */
    @Transactional
    void start(UUID nominationId) {
        Nomination nomination = nominations.findForUpdate(nominationId)
                .orElseThrow(() -> new UnrecoverableJobFailure("No nomination " + nominationId));
        Champion champion = champions.findByNominationId(nominationId).orElse(null);
        if (champion == null) {
            champion = champions.save(new Champion(UUID.randomUUID(), nominationId, nomination.candidate(), nomination.borough(),
                    nomination.teamId(), nomination.lineManager(), Champion.Status.IN_TRAINING, Instant.now(clock), null, null, null,
                    null, null, null, null, null, null));
            LOG.info("Champion {} in training, from nomination {}", champion.id(), nominationId);
        }
        processes.startChampion(champion.id(), Map.of(
                "championId", champion.id().toString(),
                "candidate", champion.person(),
                "lineManager", champion.lineManager(),
                "borough", champion.borough(),
                "teamId", champion.teamId().toString(),
                "checkInEvery", "R/" + checkInEvery,
                "businessReference", champion.id().toString()));
    }

    @Transactional
    void stage(UUID championId, String stage) {
        int changed = switch (stage) {
            case "TRAINED" -> champions.markTrained(championId, Instant.now(clock));
            case "ACTIVE" -> champions.markActive(championId, calendars.today());
            default -> throw new UnrecoverableJobFailure("The champion-stage task names no known stage: " + stage);
        };
        LOG.info("Champion {} {}{}", championId, stage, changed == 0 ? " (already recorded)" : "");
    }

    /** The agreement ends and the team's succession is kept, due in working days; done again, the same due date. */
    @Transactional
    Map<String, Object> endAgreement(UUID championId) {
        Champion champion = champions.findForUpdate(championId).orElseThrow(() -> new UnrecoverableJobFailure("No champion " + championId));
        LocalDate today = calendars.today();
        champions.markEnded(championId, today);
        LocalDate dueOn = calendars.of(champion.borough()).plusWorkingDays(today, successionDueWorkingDays);
        successions.insertIfAbsent(championId, champion.borough(), champion.teamId(), dueOn,
                calendars.at(dueOn, BoroughCalendars.END_OF_DAY).toInstant(), Instant.now(clock));
        Succession succession = successions.findById(championId).orElseThrow();
        LOG.info("Champion {} agreement ended; a replacement for team {} due {}", championId, champion.teamId(), succession.dueOn());
        return Map.of("successionDueAt", succession.dueAt().toString(), "successionDueDate", succession.dueOn().toString());
    }
}
