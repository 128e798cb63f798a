package uk.stpartnership.workflow.champions;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.consultations.CountConsultations;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Champions, nominations, teams and coverage as the borough's people see them (ChampionAccess): one query and a
 * count per page. A borough given by a person who sees every borough narrows the list to it.
 */
@Singleton
public class ListChampions {

    private static final int CHECK_INS_SHOWN = 20;

    private final ChampionRepository champions;
    private final NominationRepository nominations;
    private final TeamRepository teams;
    private final CheckInRepository checkIns;
    private final SuccessionRepository successions;
    private final CountConsultations consultations;
    private final ChampionAccess access;
    private final AuditLog auditLog;

    ListChampions(ChampionRepository champions, NominationRepository nominations, TeamRepository teams, CheckInRepository checkIns,
                  SuccessionRepository successions, CountConsultations consultations, ChampionAccess access, AuditLog auditLog) {
        this.champions = champions;
        this.nominations = nominations;
        this.teams = teams;
        this.checkIns = checkIns;
        this.successions = successions;
        this.consultations = consultations;
        this.access = access;
        this.auditLog = auditLog;
    }

    public Page<ChampionSummary> champions(Actor actor, String borough, PageRequest page) {
        Page<ChampionSummary> found = Page.of(champions.list(boroughFor(actor, borough), page.pageable()));
        auditLog.recordList(actor, "champion", found.items().stream()
                .map(c -> new AuditLog.Entry("champion", c.id().toString(), null)).toList());
        return found;
    }

    public Page<NominationSummary> nominations(Actor actor, String borough, PageRequest page) {
        Page<NominationSummary> found = Page.of(nominations.list(boroughFor(actor, borough), page.pageable()));
        auditLog.recordList(actor, "champion-nomination", found.items().stream()
                .map(n -> new AuditLog.Entry("champion-nomination", n.id().toString(), null)).toList());
        return found;
    }

    /** The register is also a practitioner's, for their own borough: they name their team when they apply. */
    public Page<Team> teams(Actor actor, String borough, PageRequest page) {
        String limit = actor.holds(Role.PRACTITIONER) && !access.sees(actor, actor.organisation()) ? actor.organisation() : boroughFor(actor, borough);
        return Page.of(teams.list(limit, page.pageable()));
    }

    public Page<TeamCoverage> coverage(Actor actor, String borough, PageRequest page) {
        return Page.of(champions.coverage(boroughFor(actor, borough), page.pageable()));
    }

    /** One champion with their agreement, latest check-ins, succession and consultations held per quarter; read audited. */
    public ChampionDetail champion(Actor actor, UUID id) {
        Champion champion = champions.findById(id).filter(c -> access.sees(actor, c.borough()))
                .orElseThrow(() -> ProblemException.notFound("Champion"));
        ChampionSummary summary = champions.summary(id).orElseThrow();
        List<CheckIn> latest = checkIns.latestOf(id, CHECK_INS_SHOWN);
        auditLog.record(actor, AuditLog.Action.READ, new AuditLog.Entry("champion", id.toString(), null));
        return ChampionDetail.of(champion, summary.teamName(), latest, successions.findById(id).orElse(null),
                consultations.heldPerQuarter(champion.person(), champion.activeFrom() != null ? champion.activeFrom()
                        : champion.startedAt().atZone(ZoneOffset.UTC).toLocalDate()));
    }

    /** The person's borough, or for someone who sees all, the one they ask for (all when none). */
    private String boroughFor(Actor actor, String asked) {
        String limit = access.boroughOf(actor);
        return limit != null ? limit : (asked == null || asked.isBlank() ? null : asked);
    }
}
