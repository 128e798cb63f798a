package uk.stpartnership.workflow.audits;

import org.junit.jupiter.api.Test;
import uk.stpartnership.web.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A borough's cohort file: case references only; anything about a person, or a malformed row, is refused whole. */
class CohortFileTest {

    @Test
    void aCohortWithItsOptionalColumns() {
        String file = "\uFEFFCase reference,Team,Worker training,Closed on\r\n"
                + "HK-2022-0001,Assessment team 2,Champion,2022-06-30\r\n"
                + "HK-2022-0002,\"Children in need, east\",S&T trained,30/06/2022\r\n"
                + "HK/2022/0003,,not trained,\r\n"
                + "HK-2022-0004,Child protection,,\r\n";

        assertThat(CohortFile.read(bytes(file))).containsExactly(
                new CohortCase("HK-2022-0001", "Assessment team 2", WorkerTraining.CHAMPION, LocalDate.of(2022, 6, 30)),
                new CohortCase("HK-2022-0002", "Children in need, east", WorkerTraining.ST_TRAINED, LocalDate.of(2022, 6, 30)),
                new CohortCase("HK/2022/0003", null, WorkerTraining.NOT_TRAINED, null),
                new CohortCase("HK-2022-0004", "Child protection", null, null));
        assertThat(CohortFile.read(bytes("case_reference\nNW-1\nNW-2"))).hasSize(2);
    }

    @Test
    void aColumnAboutAPersonIsRefusedByName() {
        assertRefused("case_reference,Child's name\nHK-1,Sam\n", "column 'Child's name' is about a person");
        assertRefused("case_reference,DOB\nHK-1,2015-01-01\n", "column 'DOB' is about a person");
        assertRefused("case_reference,Surname\nHK-1,Smith\n", "column 'Surname' is about a person");
        assertRefused("case_reference,Home address\nHK-1,1 High St\n", "column 'Home address' is about a person");
        assertRefused("case_reference,NHS number\nHK-1,943 476 5919\n", "column 'NHS number' is about a person");
        assertRefused("case_reference,notes\nHK-1,x\n", "column 'notes' is not one the cohort file takes");
        assertRefused("team\nAssessment\n", "has no case_reference column");
    }

    @Test
    void aValueThatLooksLikeANameOrABirthDateIsRefusedByRowWithoutRepeatingIt() {
        assertRefused("case_reference,team\nHK-1,Assessment\nHK-2,Jo Okafor\n", "row 3, team: looks like a person's name");
        assertRefused("case_reference\nHK-1\nJane Doe\n", "row 3, case_reference: a case reference is letters, digits");
        assertRefused("case_reference\n12/03/2015\n", "row 2, case_reference: looks like a date of birth");
        assertRefused("case_reference,team\nHK-1,2015-03-12\n", "row 2, team: looks like a date of birth");
        assertThatThrownBy(() -> CohortFile.read(bytes("case_reference,team\nHK-1,Jo Okafor\n")))
                .hasMessageNotContaining("Okafor");
        assertThat(CohortFile.looksLikeAName("Family Support Hub")).isFalse();
        assertThat(CohortFile.looksLikeAName("Mary-Jane O'Neill")).isTrue();
    }

    @Test
    void aMalformedRowARepeatedReferenceOrATooLargeFileIsRefusedNamingIt() {
        assertRefused("case_reference,team\nHK-1,A\nHK-2\n", "row 3 has 1 value where the header has 2 columns");
        assertRefused("case_reference\nHK-1\nHK-2\nhk-1\n", "row 4 repeats the case reference of row 2");
        assertRefused("case_reference,worker_training\nHK-1,sometimes\n", "row 2, worker_training: must be champion");
        assertRefused("case_reference,closed_on\nHK-1,June\n", "row 2, closed_on: must be a date");
        assertRefused("case_reference,team\nHK-1,\"Assessment\n", "opens a quote it never closes");
        assertRefused("case_reference\n", "has a header and no cases");
        assertRefused("", "is empty");
        byte[] large = new byte[CohortFile.MAXIMUM_BYTES];
        Arrays.fill(large, (byte) 'A');
        assertRefused(large, "is 10 MB or more");
        assertRefused(new byte[]{(byte) 0xC3, (byte) 0x28}, "is not text in UTF-8");
    }

    private static void assertRefused(String file, String detail) {
        assertRefused(bytes(file), detail);
    }

    private static void assertRefused(byte[] file, String detail) {
        assertThatThrownBy(() -> CohortFile.read(file)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.detail()).contains(detail);
                        }));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
