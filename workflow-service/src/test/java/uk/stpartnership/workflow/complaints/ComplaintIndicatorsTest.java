package uk.stpartnership.workflow.complaints;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.evaluation.SmallCounts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an evaluator sees of complaints cannot identify anyone: small counts are withheld, and so is what would give them back. */
@MicronautTest(transactional = false)
class ComplaintIndicatorsTest extends WorkflowServiceTest {

    // A borough no other test records complaints in, so that its counts are this test's.
    private static final Person REDBRIDGE_OFFICER = new Person("complaints-officer.redbridge", "redbridge", "COMPLAINTS_OFFICER");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    @SuppressWarnings("unchecked")
    void two_complaints_from_other_parents_are_fewer_than_5_and_the_6_beside_them_is_withheld_as_the_8_in_all_is_shown() throws Exception {
        LocalDate receivedOn = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        for (int i = 0; i < 6; i++) {
            assertThat(record(receivedOn, "PERSON_CAUSING_HARM").statusCode()).isEqualTo(201);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(record(receivedOn, "OTHER_PARENT").statusCode()).isEqualTo(201);
        }
        String month = YearMonth.from(receivedOn).toString();

        var indicators = call(EVALUATOR, "GET", "/internal/complaints/indicators?from=" + month + "&to=" + month, null);

        assertThat(indicators.statusCode()).as(indicators.body()).isEqualTo(200);
        // The internal services answer with the same security headers as ui-api (web-support SecurityHeadersFilter).
        assertThat(indicators.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(indicators.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        List<Map<String, Object>> redbridge = ((List<Map<String, Object>>) map(indicators).get("counts")).stream()
                .filter(count -> count.get("borough").equals("redbridge")).toList();
        assertThat(cell(redbridge, "complainantRelationship", "OTHER_PARENT"))
                .containsEntry("complaints", null).containsEntry("shown", "fewer than 5");
        assertThat(cell(redbridge, "complainantRelationship", "PERSON_CAUSING_HARM"))
                .containsEntry("complaints", null).containsEntry("shown", SmallCounts.WITHHELD);
        assertThat(cell(redbridge, "stageReached", "RECEIVED")).containsEntry("complaints", 8).containsEntry("shown", "8");
        assertThat(cell(redbridge, "outcome", "NONE")).containsEntry("complaints", 8);
        assertThat(redbridge).allSatisfy(c -> assertThat(c).containsOnlyKeys("borough", "quarter", "dimension", "value", "complaints", "shown"));
    }

    private static Map<String, Object> cell(List<Map<String, Object>> counts, String dimension, String value) {
        return counts.stream().filter(c -> c.get("dimension").equals(dimension) && c.get("value").equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + dimension + " " + value + " in " + counts));
    }

    private java.net.http.HttpResponse<String> record(LocalDate receivedOn, String relationship) {
        return call(REDBRIDGE_OFFICER, "POST", "/internal/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"A Parent","complainantContact":"parent@example.org",
                 "complainantRelationship":"%s","workers":[],"team":"Assessment team 1","caseReference":"RB-2026-0001",
                 "about":"The plan is unfair.","complainantIsPersonCausingHarm":"NO","protectedDetails":[]}"""
                .formatted(receivedOn, relationship));
    }
}
