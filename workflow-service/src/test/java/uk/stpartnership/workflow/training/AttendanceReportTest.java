package uk.stpartnership.workflow.training;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The attendance report on real PostgreSQL, on programme years no other test writes to (2001 and 2002). */
@MicronautTest(transactional = false)
class AttendanceReportTest extends WorkflowServiceTest {

    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person HACKNEY_LEAD = new Person("borough-lead.hackney", "hackney", "BOROUGH_LEAD");

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    private void completed(String person, String course, String borough, String on) {
        resources.update("INSERT INTO workflow.training_completion VALUES (gen_random_uuid(), '" + person + "', '" + course + "', '"
                + borough + "', '" + on + "', NULL, 'test', now()) ON CONFLICT DO NOTHING");
    }

    @Test
    void thirtyFirstJulyCountsInTheYearBeforeAndACourseNotOfferedIsNotAvailable() throws Exception {
        completed("report.a", "OVERVIEW", "hackney", "2002-07-31");
        completed("report.b", "OVERVIEW", "newham", "2002-08-01");
        completed("report.c", "OVERVIEW", "hackney", "2002-08-01");

        HttpResponse<String> all = call(PROJECT_MANAGER, "GET", "/internal/training/reports/attendance?from=2001&to=2002", null);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).contains("\"course\":\"OVERVIEW\",\"name\":\"Overview\",\"blocks\":[\"0\",\"0\"],\"blocksTotal\":\"0\","
                + "\"attendance\":[\"1\",\"2\"],\"attendanceTotal\":\"3\"");
        assertThat(all.body()).contains("\"course\":\"CORE\",\"name\":\"Core\",\"blocks\":[\"not available\",\"not available\"]");

        HttpResponse<String> hackney = call(HACKNEY_LEAD, "GET", "/internal/training/reports/attendance?from=2001&to=2002", null);
        assertThat(hackney.body()).contains("\"attendance\":[\"1\",\"1\"],\"attendanceTotal\":\"2\"");

        HttpResponse<String> reversed = call(PROJECT_MANAGER, "GET", "/internal/training/reports/attendance?from=2002&to=2001", null);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"to\"");
    }
}
