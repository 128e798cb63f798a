package uk.stpartnership.workflow.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.meetings.DemoGroupsReady;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Local mode only: a history, so that every list has something on the first start. Past meetings of the three London
 * groups with their minutes, decisions and actions; case consultations over five months; complaints at each stage; the
 * boroughs' team registers for champion coverage.
 * All of it goes through the platform's own use cases and task lists, as people would enter it, and the processes
 * run as for anything else. Loaded once: the marker row is claimed first, so a later start (or a second signal at
 * this one) loads nothing; a load cut short by a stop is not repeated (delete var/ for a fresh start).
 */
@Singleton
@Requires(env = "local")
@Requires(property = "platform.demo-history", notEquals = "false")
public class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);
    private static final String NAME = "local-demo";

    private final GovernanceHistory governance;
    private final ConsultationHistory consultations;
    private final ComplaintHistory complaints;
    private final ChampionHistory champions;
    private final BoroughCalendars calendars;
    private final DemoHistoryLoads loads;
    private final Clock clock;

    DemoHistory(GovernanceHistory governance, ConsultationHistory consultations, ComplaintHistory complaints, ChampionHistory champions,
                BoroughCalendars calendars, DemoHistoryLoads loads, Clock clock) {
        this.governance = governance;
        this.consultations = consultations;
        this.complaints = complaints;
        this.champions = champions;
        this.calendars = calendars;
        this.loads = loads;
        this.clock = clock;
    }

    /** Off the startup thread: the history waits for the processes to make the tasks it works. */
    @EventListener
    @Async
    void onGroupsReady(DemoGroupsReady ready) {
        try {
            load();
        } catch (RuntimeException e) {
            LOG.error("The demo history stopped part of the way", e);
        }
    }

    /** Answers whether this call loaded the history (false when an earlier start or call did). */
    public boolean load() {
        if (loads.claim(NAME, Instant.now(clock)) == 0) {
            LOG.info("The demo history was loaded at an earlier start");
            return false;
        }
        LOG.info("Loading the demo history: past meetings, consultations, complaints");
        LocalDate today = calendars.today();
        governance.load(today);
        consultations.load(today);
        complaints.load(today);
        champions.load();
        loads.markLoaded(NAME, Instant.now(clock));
        LOG.info("Demo history loaded");
        return true;
    }
}
