package uk.stpartnership.workflow.audits;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample and its moderated share: reproducible from the seed, uniform, in proportion to teams when asked. */
class CaseSampleTest {

    private static final int DRAWS = 4_000;

    @Test
    void theSameCohortAndSeedGiveTheSameSampleWhateverTheRowOrder() {
        List<CohortCase> cohort = cohort(40, 4);
        List<CohortCase> shuffled = new ArrayList<>(cohort);
        Collections.shuffle(shuffled, new Random(7));

        List<CohortCase> sample = CaseSample.draw(cohort, 15, 20_220_630L, false);

        assertThat(sample).hasSize(15).doesNotHaveDuplicates().isEqualTo(CaseSample.draw(shuffled, 15, 20_220_630L, false));
        assertThat(CaseSample.draw(cohort, 15, 20_220_631L, false)).as("another seed").isNotEqualTo(sample);
        assertThat(CaseSample.draw(cohort, 50, 1L, false)).as("a sample as large as the cohort is all of it").hasSize(40);
    }

    @Test
    void byTeamEachTeamGetsItsShare() {
        // 20 + 12 + 8 cases, a sample of 10: exact shares 5, 3, 2.
        List<CohortCase> cohort = new ArrayList<>();
        cohort.addAll(team("Assessment", 20));
        cohort.addAll(team("Child protection", 12));
        cohort.addAll(team("Family support", 8));

        List<CohortCase> sample = CaseSample.draw(cohort, 10, 99L, true);

        assertThat(sample.stream().collect(Collectors.groupingBy(CohortCase::team, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Assessment", 5L, "Child protection", 3L, "Family support", 2L));
        assertThat(CaseSample.draw(cohort, 10, 99L, true)).isEqualTo(sample);
        // 7 of 40: 3.5, 2.1, 1.4: whole parts 3, 2, 1, and the one left goes to the largest remainder (Assessment's .5).
        assertThat(CaseSample.draw(cohort, 7, 5L, true).stream().collect(Collectors.groupingBy(CohortCase::team, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Assessment", 4L, "Child protection", 2L, "Family support", 1L));
    }

    @Test
    void moderationIsAFifthAtLeastTwoAndFromTheSampleOnly() {
        List<CohortCase> sample = CaseSample.draw(cohort(60, 3), 20, 3L, false);

        List<CohortCase> moderated = CaseSample.moderated(sample, 0.2, 2, 3L);

        assertThat(moderated).hasSize(4).isSubsetOf(sample).isEqualTo(CaseSample.moderated(sample, 0.2, 2, 3L));
        assertThat(CaseSample.moderated(sample.subList(0, 6), 0.2, 2, 3L)).as("a fifth of 6 is under two").hasSize(2);
        assertThat(CaseSample.moderated(sample.subList(0, 1), 0.2, 2, 3L)).as("never more than the sample").hasSize(1);
    }

    /** Over many seeds, each case of the cohort is drawn size/N of the time, within five standard deviations. */
    @Property(tries = 25)
    void everyCaseIsEquallyLikelyToBeDrawn(@ForAll @IntRange(min = 2, max = 40) int cohortSize, @ForAll @IntRange(min = 1, max = 40) int wanted,
                                            @ForAll long firstSeed) {
        int size = Math.min(wanted, cohortSize);
        List<CohortCase> cohort = cohort(cohortSize, 1);
        Map<String, Integer> drawn = new HashMap<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            CaseSample.draw(cohort, size, firstSeed + draw, false).forEach(c -> drawn.merge(c.caseReference(), 1, Integer::sum));
        }
        double p = (double) size / cohortSize;
        double tolerance = 5 * Math.sqrt(DRAWS * p * (1 - p)) + 1e-9;
        assertThat(cohort).allSatisfy(c -> assertThat((double) drawn.getOrDefault(c.caseReference(), 0))
                .as("draws of %s (N=%d, size=%d)", c.caseReference(), cohortSize, size)
                .isBetween(DRAWS * p - tolerance, DRAWS * p + tolerance));
    }

    private static List<CohortCase> cohort(int size, int teams) {
        return IntStream.rangeClosed(1, size)
                .mapToObj(i -> new CohortCase("HK-2022-%04d".formatted(i), "Team " + (i % teams), null, null)).toList();
    }

    private static List<CohortCase> team(String team, int size) {
        return IntStream.rangeClosed(1, size)
                .mapToObj(i -> new CohortCase(team.substring(0, 2).toUpperCase() + "-" + i, team, null, null)).toList();
    }
}
