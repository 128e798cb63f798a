package uk.stpartnership.uiapi.pages.charts;

import org.junit.jupiter.api.Test;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.web.Problem;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The period form: its defaults, its query, and workflow-service's refusal as the form's errors. */
class PeriodTest {

    @Test
    void aMonthLeftOutIsTheDefaultsAndTheMonthsRunFromFirstToLast() {
        Period period = Period.asked(" ", "2026-03 ", YearMonth.of(2025, 11), YearMonth.of(2026, 6));
        assertThat(period.query()).isEqualTo("from=2025-11&to=2026-03");
        assertThat(period.months()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(Period.asked("a&b", null, YearMonth.of(2025, 11), YearMonth.of(2026, 6)).query()).isEqualTo("from=a%26b&to=2026-06");
    }

    @Test
    void aRefusalNamesTheInputItIsAbout() {
        Period period = Period.asked("2026-13", "2026-01", YearMonth.of(2025, 11), YearMonth.of(2026, 6));
        Problem problem = new Problem(null, "Bad Request", 400, "must be a month like 2026-11", "from",
                List.of(new Problem.FieldError("from", "must be a month like 2026-11")));
        Period refused = period.refused(new WorkflowPages.Outcome(400, problem, new byte[0]));
        assertThat(refused.from()).isEqualTo("2026-13");
        assertThat(refused.errors()).containsEntry("from", "First month must be a month like 2026-11");
        assertThat(refused.errorLinks()).containsExactly(new ErrorLink("#from", "First month must be a month like 2026-11"));

        Problem withoutList = new Problem(null, "Bad Request", 400, "must not be before from", "to", null);
        assertThat(period.refused(new WorkflowPages.Outcome(400, withoutList, new byte[0])).errorLinks())
                .containsExactly(new ErrorLink("#to", "Last month must not be before from"));
    }
}
