package uk.stpartnership.workflow.audits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Draws a round's sample, and the share of it a second auditor moderates, at random from a recorded seed. The same
 * cohort and seed always give the same cases: the cohort is put in case-reference order first (so the file's row order
 * does not matter), and java.util.Random's generator is specified exactly, on every JVM. Within the order every case
 * is equally likely to be drawn (a partial Fisher-Yates shuffle). Random's first numbers from neighbouring seeds are
 * alike (seeds 0, 1, 2 … all start a two-case draw the same way), so the seed is mixed first (SplitMix64's finaliser).
 * docs/CASE-AUDITS.md.
 */
public final class CaseSample {

    /** Moderation draws from its own stream of the seed, so that choosing it never changes the sample. */
    private static final long MODERATION_STREAM = 0x5EED_0F_A0D17L;
    private static final String NO_TEAM = "";

    private CaseSample() {
    }

    /**
     * {@code size} cases of the cohort (all of them if it has no more), in case-reference order. By team: each team
     * gets its share of the sample in proportion to its cases (largest remainders, then team order, take the rest),
     * cases without a team counting as one more team.
     */
    public static List<CohortCase> draw(List<CohortCase> cohort, int size, long seed, boolean byTeam) {
        List<CohortCase> ordered = inReferenceOrder(cohort);
        Random random = generator(seed);
        if (!byTeam) {
            return inReferenceOrder(pick(ordered, size, random));
        }
        Map<String, List<CohortCase>> teams = ordered.stream().collect(Collectors.groupingBy(
                c -> c.team() == null ? NO_TEAM : c.team(), TreeMap::new, Collectors.toList()));
        Map<String, Integer> shares = shares(teams, Math.min(size, ordered.size()), ordered.size());
        List<CohortCase> drawn = new ArrayList<>();
        teams.forEach((team, cases) -> drawn.addAll(pick(cases, shares.get(team), random)));
        return inReferenceOrder(drawn);
    }

    /** The cases a second auditor re-scores: {@code share} of the sample rounded up, at least {@code minimum}, at most all. */
    public static List<CohortCase> moderated(List<CohortCase> sample, double share, int minimum, long seed) {
        int count = Math.min(sample.size(), Math.max(minimum, (int) Math.ceil(share * sample.size() - 1e-9)));
        return inReferenceOrder(pick(inReferenceOrder(sample), count, generator(seed ^ MODERATION_STREAM)));
    }

    private static Random generator(long seed) {
        long mixed = (seed ^ (seed >>> 30)) * 0xBF58476D1CE4E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
        return new Random(mixed ^ (mixed >>> 31));
    }

    private static Map<String, Integer> shares(Map<String, List<CohortCase>> teams, int size, int cohortSize) {
        Map<String, Integer> shares = new TreeMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, List<CohortCase>> team : teams.entrySet()) {
            double exact = (double) size * team.getValue().size() / cohortSize;
            int whole = (int) Math.floor(exact);
            shares.put(team.getKey(), whole);
            given += whole;
            remainders.add(Map.entry(team.getKey(), exact - whole));
        }
        // Stable sort: equal remainders keep the teams' order, so the allocation is as reproducible as the draw.
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (int i = 0; given < size; i++, given++) {
            shares.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return shares;
    }

    /** A partial Fisher-Yates shuffle: the first {@code count} places of a shuffled copy. */
    private static List<CohortCase> pick(List<CohortCase> cases, int count, Random random) {
        List<CohortCase> pool = new ArrayList<>(cases);
        int wanted = Math.min(count, pool.size());
        for (int i = 0; i < wanted; i++) {
            int j = i + random.nextInt(pool.size() - i);
            CohortCase chosen = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, chosen);
        }
        return pool.subList(0, wanted);
    }

    private static List<CohortCase> inReferenceOrder(List<CohortCase> cases) {
        return cases.stream().sorted(Comparator.comparing(CohortCase::caseReference)).toList();
    }
}
