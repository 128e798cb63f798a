package uk.stpartnership.workflow.training;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attendance report on real PostgreSQL with known figures, on programme years no other test writes to (2001 =
 * 1 August 2001 to 31 July 2002, and 2002): Table 2 and Appendix 1, "not available" against 0, the year's edges,
 * a borough's own figures, and what an evaluator sees.
 */
@MicronautTest(transactional = false)
class AttendanceReportTest extends WorkflowServiceTest {

    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person HACKNEY_LEAD = new Person("borough-lead.hackney", "hackney", "BOROUGH_LEAD");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");
    private static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    private static final String REPORT = "/internal/training/reports/attendance?from=2001&to=2002";

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    private void completed(int people, String course, String borough, String on) {
        for (int i = 0; i < people; i++) {
            resources.update("INSERT INTO workflow.training_completion VALUES (gen_random_uuid(), 'report." + course + "." + borough + "." + on + "."
                    + i + "', '" + course + "', '" + borough + "', '" + on + "', NULL, 'test', now())");
        }
    }

    private void delivered(String course, String borough, String on) {
        resources.update("INSERT INTO workflow.training_cohort VALUES (gen_random_uuid(), '" + course + "', " + (borough == null ? "NULL" : "'" + borough + "'")
                + ", 'st-reviewer.respect', 'Town Hall', NULL, 20, DATE '" + on + "' - 1, '" + on + "', '" + on + "', 'test', now())");
    }

    /**
     * Overview: blocks in Hackney (year 1), cross-borough on 31 July (year 1), Newham on 1 August (year 2); Core
     * only in year 2; Working with Perpetrators never; Supervisors (e-learning) completed in year 2 only.
     */
    @BeforeAll
    void knownFigures() {
        delivered("OVERVIEW", "hackney", "2001-09-10");
        delivered("OVERVIEW", null, "2002-07-31");
        delivered("OVERVIEW", "newham", "2002-08-01");
        delivered("CORE", null, "2002-10-01");
        completed(5, "OVERVIEW", "hackney", "2001-10-01");
        completed(1, "OVERVIEW", "hackney", "2002-07-31");
        completed(7, "OVERVIEW", "newham", "2002-06-01");
        completed(8, "OVERVIEW", "newham", "2002-08-01");
        completed(3, "OVERVIEW", "tower-hamlets", "2003-07-31");
        completed(2, "CORE", "hackney", "2002-10-01");
        completed(9, "SUPERVISORS", "newham", "2003-01-15");
        // Outside the years asked for: 31 July 2001 is in 2000, 1 August 2003 in 2003.
        completed(4, "OVERVIEW", "hackney", "2001-07-31");
        completed(4, "OVERVIEW", "hackney", "2003-08-01");
    }

    @Test
    void tableTwoCountsBlocksAndCompletionsPerProgrammeYearAndANotOfferedCourseIsNotAvailable() throws Exception {
        HttpResponse<String> all = call(PROJECT_MANAGER, "GET", REPORT, null);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).contains("\"years\":[2001,2002]")
                .contains("{\"course\":\"OVERVIEW\",\"name\":\"Overview\",\"blocks\":[\"2\",\"1\"],\"blocksTotal\":\"3\","
                        + "\"attendance\":[\"13\",\"11\"],\"attendanceTotal\":\"24\"}")
                .contains("{\"course\":\"CORE\",\"name\":\"Core\",\"blocks\":[\"not available\",\"1\"],\"blocksTotal\":\"1\","
                        + "\"attendance\":[\"not available\",\"2\"],\"attendanceTotal\":\"2\"}")
                .contains("{\"course\":\"WORKING_WITH_PERPETRATORS\",\"name\":\"Working with Perpetrators\","
                        + "\"blocks\":[\"not available\",\"not available\"],\"blocksTotal\":\"not available\","
                        + "\"attendance\":[\"not available\",\"not available\"],\"attendanceTotal\":\"not available\"}")
                .contains("{\"course\":\"SUPERVISORS\",\"name\":\"Supervisors\",\"blocks\":[\"not available\",\"not available\"],"
                        + "\"blocksTotal\":\"not available\",\"attendance\":[\"not available\",\"9\"],\"attendanceTotal\":\"9\"}");
    }

    @Test
    void appendixOneCountsEachTraineeInTheirBoroughAndABoroughWithNoneInAYearTheCourseRanHasZero() throws Exception {
        HttpResponse<String> all = call(PROJECT_MANAGER, "GET", REPORT, null);
        assertThat(all.body()).contains("{\"course\":\"OVERVIEW\",\"name\":\"Overview\",\"rows\":["
                        + "{\"borough\":\"hackney\",\"attendance\":[\"6\",\"0\"],\"total\":\"6\"},"
                        + "{\"borough\":\"newham\",\"attendance\":[\"7\",\"8\"],\"total\":\"15\"},"
                        + "{\"borough\":\"tower-hamlets\",\"attendance\":[\"0\",\"3\"],\"total\":\"3\"}],"
                        + "\"total\":[\"13\",\"11\"],\"totalOfYears\":\"24\"}")
                // Core did not run in year 1: every borough's year 1 is "not available"; Hackney trained its two in a cross-borough cohort.
                .contains("{\"course\":\"CORE\",\"name\":\"Core\",\"rows\":["
                        + "{\"borough\":\"hackney\",\"attendance\":[\"not available\",\"2\"],\"total\":\"2\"},"
                        + "{\"borough\":\"newham\",\"attendance\":[\"not available\",\"0\"],\"total\":\"0\"},"
                        + "{\"borough\":\"tower-hamlets\",\"attendance\":[\"not available\",\"0\"],\"total\":\"0\"}]");
    }

    @Test
    void aBoroughLeadSeesTheirBoroughsFiguresAndBlocksOfTheirOwnCohorts() throws Exception {
        HttpResponse<String> hackney = call(HACKNEY_LEAD, "GET", REPORT, null);
        assertThat(hackney.statusCode()).as(hackney.body()).isEqualTo(200);
        assertThat(hackney.body()).contains("\"borough\":\"hackney\"")
                .contains("{\"course\":\"OVERVIEW\",\"name\":\"Overview\",\"blocks\":[\"1\",\"0\"],\"blocksTotal\":\"1\","
                        + "\"attendance\":[\"6\",\"0\"],\"attendanceTotal\":\"6\"}")
                // Core ran (cross-borough) in year 2: Hackney's own blocks are 0, its attendance 2.
                .contains("{\"course\":\"CORE\",\"name\":\"Core\",\"blocks\":[\"not available\",\"0\"],\"blocksTotal\":\"0\","
                        + "\"attendance\":[\"not available\",\"2\"],\"attendanceTotal\":\"2\"}")
                .doesNotContain("newham").doesNotContain("tower-hamlets");
    }

    @Test
    void anEvaluatorSeesSmallCountsWithheldAndNoTotalGivesThemBack() throws Exception {
        HttpResponse<String> evaluator = call(EVALUATOR, "GET", REPORT, null);
        assertThat(evaluator.statusCode()).as(evaluator.body()).isEqualTo(200);
        String withheld = "withheld so that a small count cannot be worked out";
        assertThat(evaluator.body()).contains("{\"course\":\"OVERVIEW\",\"name\":\"Overview\",\"rows\":["
                        + "{\"borough\":\"hackney\",\"attendance\":[\"" + withheld + "\",\"0\"],\"total\":\"" + withheld + "\"},"
                        + "{\"borough\":\"newham\",\"attendance\":[\"" + withheld + "\",\"" + withheld + "\"],\"total\":\"15\"},"
                        + "{\"borough\":\"tower-hamlets\",\"attendance\":[\"0\",\"fewer than 5\"],\"total\":\"fewer than 5\"}],"
                        + "\"total\":[\"13\",\"11\"],\"totalOfYears\":\"24\"}")
                .contains("{\"course\":\"CORE\",\"name\":\"Core\",\"blocks\":[\"not available\",\"1\"],\"blocksTotal\":\"1\","
                        + "\"attendance\":[\"not available\",\"fewer than 5\"],\"attendanceTotal\":\"fewer than 5\"}");
    }

    @Test
    void someoneWhoIsNotALeadSeesNoReportAndABadRangeIsRefusedByField() {
        assertThat(call(PRACTITIONER, "GET", REPORT, null).statusCode()).isEqualTo(404);
        HttpResponse<String> reversed = call(PROJECT_MANAGER, "GET", "/internal/training/reports/attendance?from=2002&to=2001", null);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"to\"");
        HttpResponse<String> missing = call(PROJECT_MANAGER, "GET", "/internal/training/reports/attendance?to=2001", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"from\"");
    }
}
