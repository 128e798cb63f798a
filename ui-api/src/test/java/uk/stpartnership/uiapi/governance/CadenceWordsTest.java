package uk.stpartnership.uiapi.governance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The phrasings a series' cadence may be written in, and the words a cadence is shown in. */
class CadenceWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "every 2 weeks on Tuesday       | WEEKLY  | 2 |    | TUESDAY   | every 2 weeks on Tuesday",
            "Every Wednesday                | WEEKLY  | 1 |    | WEDNESDAY | every week on Wednesday",
            "every week on  friday.         | WEEKLY  | 1 |    | FRIDAY    | every week on Friday",
            "weekly on Mondays              | WEEKLY  | 1 |    | MONDAY    | every week on Monday",
            "every other Thursday           | WEEKLY  | 2 |    | THURSDAY  | every 2 weeks on Thursday",
            "fortnightly on Tuesday         | WEEKLY  | 2 |    | TUESDAY   | every 2 weeks on Tuesday",
            "every 1 week on Tuesday        | WEEKLY  | 1 |    | TUESDAY   | every week on Tuesday",
            "the first Thursday of the month | MONTHLY |  | 1  | THURSDAY  | the first Thursday of the month",
            "2nd Tuesday of each month      | MONTHLY |   | 2  | TUESDAY   | the second Tuesday of the month",
            "the last Friday of every month | MONTHLY |   | -1 | FRIDAY    | the last Friday of the month"})
    void acceptedPhrasingsReadAsTheirCadenceAndAreShownInWordsThatReadTheSame(String words, String kind, Integer everyWeeks,
                                                                              Integer weekOfMonth, String weekday, String shown) {
        Governance.Cadence cadence = CadenceWords.parse(words);
        assertThat(cadence).isEqualTo(new Governance.Cadence(kind, everyWeeks, weekOfMonth, weekday));
        assertThat(CadenceWords.of(cadence)).isEqualTo(shown);
        assertThat(CadenceWords.parse(shown)).isEqualTo(cadence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tuesdays", "every 2 weeks", "the fifth Monday of the month", "monthly", "every 2 weeks on Funday"})
    void otherWordsAreNoCadence(String words) {
        assertThat(CadenceWords.parse(words)).isNull();
    }
}
