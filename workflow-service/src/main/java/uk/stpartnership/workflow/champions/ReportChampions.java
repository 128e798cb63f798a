package uk.stpartnership.workflow.champions;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.DeliveryPartner;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.consultations.CountConsultations;
import uk.stpartnership.workflow.consultations.DailyConsultations;
import uk.stpartnership.workflow.evaluation.SmallCounts;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The champion reports (docs/REPORTS.md): champions per borough and team, consultations per champion per quarter,
 * retention after 6 and 12 months. Project managers and the delivery partner see every borough; a borough's
 * implementation and borough leads their own; evaluators the boroughs' totals only (no figure is of one person),
 * small counts withheld; anyone else: 404. Aggregate queries, one per figure whatever the number of champions.
 */
@Singleton
public class ReportChampions {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int MAX_QUARTERS = 12;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ChampionRepository champions;
    private final CountConsultations consultations;
    private final DeliveryPartner deliveryPartner;
    private final SmallCounts smallCounts;
    private final AuditLog auditLog;
    private final Clock clock;

    ReportChampions(ChampionRepository champions, CountConsultations consultations, DeliveryPartner deliveryPartner,
                    SmallCounts smallCounts, AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.champions = champions;
        this.consultations = consultations;
        this.deliveryPartner = deliveryPartner;
        this.smallCounts = smallCounts;
        this.clock = clock;
    }

    /** Who sees which borough's figures: null for every borough; 404 for someone who sees none. */
    private String boroughOf(Actor actor) {
        if (actor.holds(Role.EVALUATOR) || actor.holds(Role.PROJECT_MANAGER)
                || deliveryPartner.employs(actor) && actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD)) {
            return null;
        }
        if (actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD)) {
            return actor.organisation();
        }
        throw ProblemException.notFound("Champion report");
    }

    public ChampionsPerTeam perTeam(Actor actor, PageRequest page) {
        String borough = boroughOf(actor);
        List<ChampionsPerTeam.Count> counts = champions.countPerBorough(borough);
        boolean evaluator = actor.holds(Role.EVALUATOR);
        // The boroughs' active champions add up to the partnership's: one row for SmallCounts.
        List<String> active = smallCounts.shown(List.of(counts.stream().map(ChampionsPerTeam.Count::activeChampions).toList()), evaluator).getFirst();
        List<ChampionsPerTeam.BoroughTotal> boroughs = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            ChampionsPerTeam.Count count = counts.get(i);
            boroughs.add(new ChampionsPerTeam.BoroughTotal(count.borough(), count.teams(), count.teamsWithNoChampion(), active.get(i)));
        }
        return new ChampionsPerTeam(boroughs, evaluator ? null : Page.of(champions.coverage(borough, page.pageable())));
    }

    public ChampionConsultations consultationsPerQuarter(Actor actor, String from, String to, PageRequest page) {
        String borough = boroughOf(actor);
        LocalDate first = quarter("from", from);
        LocalDate last = quarter("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.badField("to", "must not be before from");
        }
        if (!first.plusMonths(3L * MAX_QUARTERS).isAfter(last)) {
            throw ProblemException.badField("to", "a report may span at most " + MAX_QUARTERS + " quarters");
        }
        List<LocalDate> quarters = new ArrayList<>();
        for (LocalDate q = first; !q.isAfter(last); q = q.plusMonths(3)) {
            quarters.add(q);
        }
        LocalDate until = last.plusMonths(3);
        List<ActivePeriod> all = champions.allActiveIn(first, until, borough);
        Map<String, List<DailyConsultations>> held = new HashMap<>();
        consultations.heldPerDay(all.stream().map(ActivePeriod::person).distinct().toList(), first, until)
                .forEach(day -> held.computeIfAbsent(day.heldBy(), p -> new ArrayList<>()).add(day));
        boolean evaluator = actor.holds(Role.EVALUATOR);

        Map<String, long[]> perBorough = new TreeMap<>();
        for (ActivePeriod champion : all) {
            long[] sums = perBorough.computeIfAbsent(champion.borough(), b -> new long[quarters.size()]);
            long[] given = given(champion, quarters, held);
            for (int q = 0; q < quarters.size(); q++) {
                sums[q] += Math.max(given[q], 0);
            }
        }
        List<String> boroughNames = List.copyOf(perBorough.keySet());
        List<List<Long>> boroughFigures = boroughNames.stream().map(b -> withTotal(perBorough.get(b))).toList();
        List<List<String>> boroughShown = smallCounts.shown(boroughFigures, evaluator);
        List<ChampionConsultations.BoroughRow> boroughs = new ArrayList<>();
        for (int b = 0; b < boroughNames.size(); b++) {
            List<String> row = boroughShown.get(b);
            boroughs.add(new ChampionConsultations.BoroughRow(boroughNames.get(b), List.copyOf(row.subList(0, quarters.size())), row.getLast()));
        }
        Page<ChampionConsultations.ChampionRow> perChampion = evaluator ? null
                : Page.of(champions.activeIn(first, until, borough, page.pageable()), champion -> {
                    long[] given = given(champion, quarters, held);
                    List<String> cells = new ArrayList<>();
                    long total = 0;
                    for (long count : given) {
                        cells.add(count < 0 ? ChampionConsultations.NOT_ACTIVE : Long.toString(count));
                        total += Math.max(count, 0);
                    }
                    return new ChampionConsultations.ChampionRow(champion.id(), champion.person(), champion.borough(), champion.teamName(),
                            cells, Long.toString(total));
                });
        if (perChampion != null) {
            // Figures about named champions: read like their list (ListChampions).
            auditLog.recordList(actor, "champion", perChampion.items().stream()
                    .map(c -> new AuditLog.Entry("champion", c.id().toString(), null)).toList());
        }
        return new ChampionConsultations(quarters.stream().map(ReportChampions::quarterName).toList(), perChampion, boroughs);
    }

    public ChampionRetention retention(Actor actor) {
        String borough = boroughOf(actor);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        boolean evaluator = actor.holds(Role.EVALUATOR);
        List<ChampionRetention.Row> rows = new ArrayList<>();
        for (ChampionRetention.Count count : champions.countRetention(today, borough)) {
            // Each period's champions are those still active and those who were not: a breakdown of a published count.
            List<String> six = smallCounts.shown(List.of(List.of(count.stillActiveAfterSixMonths(),
                    count.activeSixMonthsAgo() - count.stillActiveAfterSixMonths())), evaluator).getFirst();
            List<String> twelve = smallCounts.shown(List.of(List.of(count.stillActiveAfterTwelveMonths(),
                    count.activeTwelveMonthsAgo() - count.stillActiveAfterTwelveMonths())), evaluator).getFirst();
            rows.add(new ChampionRetention.Row(count.borough(), count.quarter(), single(count.becameActive(), evaluator),
                    single(count.activeSixMonthsAgo(), evaluator), count.activeSixMonthsAgo() == 0 ? ChampionRetention.NOT_YET : six.getFirst(),
                    single(count.activeTwelveMonthsAgo(), evaluator),
                    count.activeTwelveMonthsAgo() == 0 ? ChampionRetention.NOT_YET : twelve.getFirst()));
        }
        return new ChampionRetention(today, rows);
    }

    /** Per quarter, what the champion gave while active (from becoming active to the end of their agreement); -1: not active then. */
    private static long[] given(ActivePeriod champion, List<LocalDate> quarters, Map<String, List<DailyConsultations>> held) {
        long[] given = new long[quarters.size()];
        for (int q = 0; q < quarters.size(); q++) {
            LocalDate start = quarters.get(q);
            LocalDate end = start.plusMonths(3);
            boolean active = champion.activeFrom().isBefore(end) && (champion.endedOn() == null || !champion.endedOn().isBefore(start));
            given[q] = active ? 0 : -1;
        }
        for (DailyConsultations day : held.getOrDefault(champion.person(), List.of())) {
            if (!day.heldOn().isBefore(champion.activeFrom()) && (champion.endedOn() == null || !day.heldOn().isAfter(champion.endedOn()))) {
                for (int q = 0; q < quarters.size(); q++) {
                    if (!day.heldOn().isBefore(quarters.get(q)) && day.heldOn().isBefore(quarters.get(q).plusMonths(3))) {
                        given[q] += day.consultations();
                    }
                }
            }
        }
        return given;
    }

    private static List<Long> withTotal(long[] figures) {
        List<Long> row = new ArrayList<>();
        long total = 0;
        for (long figure : figures) {
            row.add(figure);
            total += figure;
        }
        row.add(total);
        return row;
    }

    private String single(long count, boolean evaluator) {
        return smallCounts.shown(List.of(List.of(count)), evaluator).getFirst().getFirst();
    }

    private static LocalDate quarter(String field, String value) {
        Matcher matcher = value == null ? null : QUARTER.matcher(value.strip());
        if (matcher == null || !matcher.matches()) {
            throw ProblemException.badField(field, "must be a quarter like 2026-Q4");
        }
        return LocalDate.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
    }

    private static String quarterName(LocalDate start) {
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
