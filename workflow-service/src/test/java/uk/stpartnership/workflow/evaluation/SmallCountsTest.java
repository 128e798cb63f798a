package uk.stpartnership.workflow.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCountsTest {

    private final SmallCounts smallCounts = new SmallCounts(5);

    @Test
    void counts_from_one_to_four_are_shown_as_fewer_than_five_and_zeros_and_larger_counts_as_they_are() {
        assertThat(shown(smallCounts.row(List.of(0L, 1L, 4L, 5L, 12L)))).containsExactly("0", "fewer than 5", "fewer than 5", "5", "12");
        assertThat(smallCounts.row(List.of(3L, 2L, 9L)).getFirst()).isEqualTo(new SmallCounts.Shown(null, "fewer than 5"));
        assertThat(smallCounts.row(List.of(3L, 2L, 9L)).getLast()).isEqualTo(new SmallCounts.Shown(9L, "9"));
    }

    @Test
    void a_row_with_one_small_count_also_withholds_its_smallest_other_count_so_the_total_does_not_give_it_away() {
        // Total 21 (known from another breakdown): 21 - 12 - 6 would give the 3 back.
        assertThat(shown(smallCounts.row(List.of(12L, 3L, 6L, 0L)))).containsExactly("12", "fewer than 5", SmallCounts.WITHHELD, "0");
    }

    @Test
    void a_row_with_two_small_counts_needs_nothing_more_and_a_row_with_none_is_shown_whole() {
        assertThat(shown(smallCounts.row(List.of(12L, 3L, 1L)))).containsExactly("12", "fewer than 5", "fewer than 5");
        assertThat(shown(smallCounts.row(List.of(12L, 5L)))).containsExactly("12", "5");
        assertThat(shown(smallCounts.row(List.of()))).isEmpty();
    }

    @Test
    void a_row_whose_only_count_is_small_is_withheld_alone_as_its_total_is_small_too() {
        assertThat(shown(smallCounts.row(List.of(0L, 3L)))).containsExactly("0", "fewer than 5");
    }

    @Test
    void in_a_table_every_row_and_every_column_has_no_withheld_cell_or_at_least_two() {
        List<List<SmallCounts.Shown>> table = smallCounts.table(List.of(
                List.of(2L, 10L, 20L),
                List.of(8L, 9L, 30L),
                List.of(7L, 15L, 6L)));

        // The 2 is small; its row withholds the 10, its column the 7; the 10's column then withholds the 9, the 9's row
        // the 8, the 7's row the 6, and the 6's column the 20.
        assertThat(table.stream().map(SmallCountsTest::shown).toList()).containsExactly(
                List.of("fewer than 5", SmallCounts.WITHHELD, SmallCounts.WITHHELD),
                List.of(SmallCounts.WITHHELD, SmallCounts.WITHHELD, "30"),
                List.of(SmallCounts.WITHHELD, "15", SmallCounts.WITHHELD));
        for (int i = 0; i < 3; i++) {
            int line = i;
            assertThat(table.get(i).stream().filter(cell -> cell.count() == null).count()).as("row " + i).isNotEqualTo(1);
            assertThat(table.stream().filter(row -> row.get(line).count() == null).count()).as("column " + i).isNotEqualTo(1);
        }
    }

    @Test
    void the_threshold_is_configuration() {
        assertThat(shown(new SmallCounts(10).row(List.of(9L, 7L, 40L)))).containsExactly("fewer than 10", "fewer than 10", "40");
    }

    private static List<String> shown(List<SmallCounts.Shown> row) {
        return row.stream().map(SmallCounts.Shown::shown).toList();
    }
}
