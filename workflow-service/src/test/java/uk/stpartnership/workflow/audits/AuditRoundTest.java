package uk.stpartnership.workflow.audits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A round planned, its cohort uploaded and its sample drawn and shared out, over the API on real PostgreSQL. */
@MicronautTest(transactional = false)
class AuditRoundTest extends WorkflowServiceTest {

    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person AUDITOR = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");
    private static final Person MODERATOR = new Person("borough-lead.hackney", "hackney", "BOROUGH_LEAD");
    private static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    private static final Person NEWHAM_LEAD = new Person("implementation-lead.newham", "newham", "IMPLEMENTATION_LEAD");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBaselineIsPlannedItsCohortSampledAndSharedOutAndEachAuditorSeesTheirOwnCases() throws Exception {
        HttpResponse<String> planned = call(LEAD, "POST", "/internal/audits/rounds", baseline());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        Map<String, Object> round = map(planned);
        String id = (String) round.get("id");
        assertThat(round).containsEntry("status", "PLANNED").containsEntry("sampleSize", 10).containsEntry("borough", "hackney")
                .containsEntry("auditors", List.of("st-reviewer.hackney", "champion.hackney"))
                .containsEntry("moderators", List.of("borough-lead.hackney"));
        assertThat((String) round.get("reference")).startsWith("CA-hackney-" + TODAY.getYear() + "-");

        HttpResponse<String> named = call(LEAD, "POST", "/internal/audits/rounds/" + id + "/cohort",
                cohort("case_reference,Child name\nHK-1,Sam\n"));
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(named.body()).contains("\"field\":\"file\"", "column 'Child name' is about a person").doesNotContain("Sam");
        assertThat(map(call(LEAD, "GET", "/internal/audits/rounds/" + id, null))).as("nothing stored")
                .containsEntry("status", "PLANNED").containsEntry("cohortSize", 0);
        assertThat(call(LEAD, "POST", "/internal/audits/rounds/" + id + "/cohort", cohort(cases(8))).body())
                .contains("holds 8 cases, fewer than the round's sample of 10");

        HttpResponse<String> sampled = call(LEAD, "POST", "/internal/audits/rounds/" + id + "/cohort", cohort(cases(30)));
        assertThat(sampled.statusCode()).as(sampled.body()).isEqualTo(200);
        Map<String, Object> whole = map(sampled);
        List<Map<String, Object>> sample = (List<Map<String, Object>>) whole.get("cases");
        assertThat(whole).containsEntry("status", "SAMPLED").containsEntry("cohortSize", 30);
        assertThat(sample).hasSize(10);
        assertThat(sample.stream().collect(Collectors.groupingBy(c -> c.get("auditor"), Collectors.counting())))
                .as("dealt in turn").containsExactlyInAnyOrderEntriesOf(Map.of("st-reviewer.hackney", 5L, "champion.hackney", 5L));
        List<Map<String, Object>> moderated = sample.stream().filter(c -> c.get("moderator") != null).toList();
        assertThat(moderated).as("a fifth of ten").hasSize(2)
                .allSatisfy(c -> assertThat(c.get("moderator")).isEqualTo("borough-lead.hackney").isNotEqualTo(c.get("auditor")));

        List<Map<String, Object>> own = (List<Map<String, Object>>) map(call(AUDITOR, "GET", "/internal/audits/rounds/" + id, null)).get("cases");
        assertThat(own).hasSize(5).allSatisfy(c -> assertThat(c.get("auditor")).isEqualTo("st-reviewer.hackney"));
        assertThat((List<?>) map(call(MODERATOR, "GET", "/internal/audits/rounds/" + id, null)).get("cases"))
                .as("a borough lead sees the round whole").hasSize(10);
        for (Person outsider : List.of(PRACTITIONER, NEWHAM_LEAD, EVALUATOR)) {
            assertThat(call(outsider, "GET", "/internal/audits/rounds/" + id, null).statusCode()).as(outsider.id()).isEqualTo(404);
        }
        assertThat(call(EVALUATOR, "GET", "/internal/audits/rounds?page=0&size=20", null).statusCode()).isEqualTo(404);
        Map<String, Object> listed = items(call(AUDITOR, "GET", "/internal/audits/rounds?page=0&size=20", null)).stream()
                .filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
        assertThat(listed).as("a list names the round's people and its cohort's size, never its cases").containsEntry("cohortSize", 30)
                .containsEntry("auditors", List.of("st-reviewer.hackney", "champion.hackney"))
                .containsEntry("moderators", List.of("borough-lead.hackney")).containsEntry("cases", List.of());
        assertThat(items(call(NEWHAM_LEAD, "GET", "/internal/audits/rounds?page=0&size=20", null))).extracting(r -> r.get("id"))
                .doesNotContain(id);

        HttpResponse<String> again = call(LEAD, "POST", "/internal/audits/rounds/" + id + "/cohort", cohort(cases(30)));
        assertThat(again.statusCode()).as("the sample stays as drawn").isEqualTo(409);
        assertThat(call(AUDITOR, "POST", "/internal/audits/rounds/" + id + "/cohort", cohort(cases(30))).statusCode()).isEqualTo(403);

        HttpResponse<String> followUp = call(LEAD, "POST", "/internal/audits/rounds", """
                {"purpose": "FOLLOW_UP", "follows": "%s", "cohortDescription": "Closed to children's social care January to March 2023",
                 "dueOn": "%s", "auditors": ["champion.hackney"], "moderators": ["st-reviewer.hackney"]}""".formatted(id, TODAY.plusMonths(7)));
        assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(201);
        assertThat(map(followUp)).containsEntry("follows", id).containsEntry("sampleSize", 15);
    }

    @Test
    void aBadPlanIsRefusedNamingEachFieldAndStoresNothing() throws Exception {
        long before = ((Number) map(call(LEAD, "GET", "/internal/audits/rounds?page=0&size=1", null)).get("total")).longValue();

        HttpResponse<String> refused = call(LEAD, "POST", "/internal/audits/rounds", """
                {"boroughs": ["newham"], "purpose": "FOLLOW_UP", "cohortDescription": "Children on plans", "dueOn": "%s",
                 "auditors": ["practitioner.newham", "champion.hackney"], "moderators": ["champion.hackney"]}""".formatted(TODAY));
        HttpResponse<String> missing = call(LEAD, "POST", "/internal/audits/rounds", "{\"purpose\":\"ROUTINE\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"boroughs\"", "\"follows\"", "\"dueOn\"", "auditors[1]", "moderators[0]", "\"moderators\"");
        assertThat(missing.body()).contains("cohortDescription", "dueOn", "auditors", "moderators");
        assertThat(call(PRACTITIONER, "POST", "/internal/audits/rounds", baseline()).statusCode()).isEqualTo(403);
        assertThat(((Number) map(call(LEAD, "GET", "/internal/audits/rounds?page=0&size=1", null)).get("total")).longValue())
                .isEqualTo(before);
    }

    private static String baseline() {
        return """
                {"purpose": "BASELINE", "cohortDescription": "Closed to children's social care April to June 2022, domestic abuse a factor",
                 "sampleSize": 10, "dueOn": "%s", "followUpDueOn": "%s",
                 "auditors": ["st-reviewer.hackney", "champion.hackney"], "moderators": ["borough-lead.hackney"]}"""
                .formatted(TODAY.plusMonths(1), TODAY.plusMonths(6));
    }

    private static String cases(int count) {
        return "case_reference,team,worker_training\n" + IntStream.rangeClosed(1, count)
                .mapToObj(i -> "HK-2022-%04d,%s,%s\n".formatted(i, i % 2 == 0 ? "Assessment" : "Child protection",
                        i % 3 == 0 ? "champion" : "not trained"))
                .collect(Collectors.joining());
    }

    private static String cohort(String file) {
        return "{\"file\":\"" + file.replace("\n", "\\n").replace("\"", "\\\"") + "\"}";
    }
}
