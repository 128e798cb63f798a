package uk.stpartnership.workflow.audits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The audit tool's versions over the API on real PostgreSQL: the first one as the migration makes it, and a new one made from it. */
@MicronautTest(transactional = false)
class AuditToolTest extends WorkflowServiceTest {

    private static final String FIRST = "a0d17000-0000-4000-8000-000000000001";
    private static final String PATTERN = "a0d17000-0000-4000-8000-000000000101";
    private static final String PLAN_CLEAR = "a0d17000-0000-4000-8000-000000000109";
    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFirstVersionHoldsTheSafeAndTogetherCriteriaAndANewVersionKeepsWhichCriteriaContinue() throws Exception {
        Map<String, Object> first = map(call(EVALUATOR, "GET", "/internal/audits/tools/" + FIRST, null));
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) first.get("criteria");
        assertThat(first).containsEntry("name", "Safe & Together case audit").containsEntry("version", 1);
        assertThat(criteria).hasSize(9).extracting(c -> c.get("wording")).first().asString().startsWith("Harm is described through");

        HttpResponse<String> made = call(PROJECT_MANAGER, "POST", "/internal/audits/tools/" + FIRST + "/versions", """
                {"criteria": [
                  {"continues": "%s", "wording": "Harm is described through the perpetrator's pattern of coercive control"},
                  {"continues": "%s", "wording": "The plan is clear on what each parent is expected to do"},
                  {"wording": "The child's own account is recorded"}]}""".formatted(PATTERN, PLAN_CLEAR));

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        Map<String, Object> second = map(made);
        assertThat(second).containsEntry("version", 2).containsEntry("basedOn", FIRST);
        assertThat((List<Map<String, Object>>) second.get("criteria")).extracting(c -> c.get("position"), c -> c.get("correspondsTo"))
                .containsExactly(tuple(1, PATTERN), tuple(2, PLAN_CLEAR),
                        tuple(3, null));
        assertThat(items(call(PRACTITIONER, "GET", "/internal/audits/tools?page=0&size=20", null)))
                .extracting(t -> t.get("version")).as("newest first").startsWith(2, 1);
        assertThat(map(call(EVALUATOR, "GET", "/internal/audits/tools/" + FIRST, null))).as("the version made from is unchanged")
                .isEqualTo(first);
    }

    @Test
    void aBadRevisionIsRefusedNamingTheFieldAndMakesNoVersion() throws Exception {
        int before = (int) map(call(PROJECT_MANAGER, "GET", "/internal/audits/tools?page=0&size=1", null)).get("total");

        HttpResponse<String> unknown = call(PROJECT_MANAGER, "POST", "/internal/audits/tools/" + FIRST + "/versions",
                "{\"criteria\":[{\"continues\":\"a0d17000-0000-4000-8000-000000000001\",\"wording\":\"x\"}]}");
        HttpResponse<String> twice = call(PROJECT_MANAGER, "POST", "/internal/audits/tools/" + FIRST + "/versions",
                "{\"criteria\":[{\"continues\":\"%1$s\",\"wording\":\"x\"},{\"continues\":\"%1$s\",\"wording\":\"y\"}]}".formatted(PATTERN));
        HttpResponse<String> blank = call(PROJECT_MANAGER, "POST", "/internal/audits/tools/" + FIRST + "/versions",
                "{\"criteria\":[{\"wording\":\" \"}]}");
        HttpResponse<String> none = call(PROJECT_MANAGER, "POST", "/internal/audits/tools/" + FIRST + "/versions", "{\"criteria\":[]}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("criteria[0].continues", "must be a criterion of version 1");
        assertThat(twice.body()).contains("criteria[1].continues", "is continued by an earlier criterion");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("criteria[0].wording");
        assertThat(none.body()).contains("\"criteria\"");
        assertThat(call(PRACTITIONER, "POST", "/internal/audits/tools/" + FIRST + "/versions",
                "{\"criteria\":[{\"wording\":\"x\"}]}").statusCode()).isEqualTo(403);
        assertThat(call(PROJECT_MANAGER, "GET", "/internal/audits/tools/a0d17000-0000-4000-8000-00000000ffff", null).statusCode())
                .isEqualTo(404);
        assertThat((int) map(call(PROJECT_MANAGER, "GET", "/internal/audits/tools?page=0&size=1", null)).get("total"))
                .as("nothing stored").isEqualTo(before);
    }
}
