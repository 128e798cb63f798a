package uk.stpartnership.workflow.tasks;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's task list carries what a list shows; the task's own route carries its form. One audit entry per page. */
@MicronautTest(transactional = false)
class MyTasksTest extends WorkflowServiceTest {

    private static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final String LIST_READS = "SELECT count(*) FROM workflow.audit_event WHERE actor_id = 'implementation-lead.hackney'"
            + " AND action = 'READ' AND record_type = 'task' AND record_ids IS NOT NULL";

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @Test
    void theListCarriesNoFormsTheTasksRouteItsFormAndAPageIsOneAuditEntry() throws Exception {
        var requested = call(PRACTITIONER, "POST", "/internal/consultations",
                "{\"caseReference\":\"HK-2026-0777\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"Mapping the pattern\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        List<Map<String, Object>> listed = eventually(() -> items(call(LEAD, "GET", "/internal/tasks", null)), items -> items.size() == 1);

        long readsBefore = resources.count(LIST_READS);
        var page = call(LEAD, "GET", "/internal/tasks?page=0&size=20", null);
        assertThat(map(page)).containsEntry("page", 0).containsEntry("size", 20).containsEntry("total", 1)
                .containsEntry("moreThanTotal", false);
        assertThat(resources.count(LIST_READS)).as("one audit entry for the page").isEqualTo(readsBefore + 1);
        Map<String, Object> item = items(page).get(0);
        assertThat(item).isEqualTo(listed.get(0)).containsEntry("kind", "hold-case-consultation")
                .containsEntry("businessReference", "HK-2026-0777").doesNotContainKey("form");

        Map<String, Object> task = map(call(LEAD, "GET", "/internal/tasks/" + item.get("key"), null));
        assertThat(task).containsEntry("key", item.get("key")).containsEntry("title", item.get("title"))
                .containsEntry("kind", "hold-case-consultation").doesNotContainKey("task");
        assertThat((List<?>) task.get("form")).as("the form's fields").isNotEmpty();
    }
}
