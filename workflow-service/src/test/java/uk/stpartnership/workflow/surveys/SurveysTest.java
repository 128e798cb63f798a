package uk.stpartnership.workflow.surveys;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The surveys on real PostgreSQL, through the API as ui-api calls it: only a person with a place answers, once; bad
 * answers are refused naming the field; the report gives counts and means with small counts withheld, and nothing
 * anywhere gives one person's answers. Cohorts and places are written straight into training's tables, in the past
 * where a test needs a course that was held (the API plans none in the past), in programme years of their own.
 */
@MicronautTest(transactional = false)
class SurveysTest extends WorkflowServiceTest {

    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");
    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person NEWHAM_LEAD = new Person("borough-lead.newham", "newham", "BOROUGH_LEAD");
    private static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private String cohort(String course, LocalDate first, LocalDate last) {
        String id = UUID.randomUUID().toString();
        resources.update("INSERT INTO workflow.training_cohort (id, course, borough, trainer_id, venue, capacity, first_day, last_day, "
                + "planned_by, planned_at) VALUES ('" + id + "', '" + course + "', NULL, 'st-reviewer.respect', 'Hackney Town Hall', 30, '"
                + first + "', '" + last + "', 'implementation-lead.respect', now())");
        return id;
    }

    private void book(String cohortId, Person person, String status) {
        resources.update("INSERT INTO workflow.training_booking (id, cohort_id, person_id, borough, status, booked_by, booked_at) VALUES ('"
                + UUID.randomUUID() + "', '" + cohortId + "', '" + person.id() + "', '" + person.organisation() + "', '" + status + "', '"
                + person.id() + "', now())");
    }

    private static Person trainee(String name, String borough) {
        return new Person(name + "." + borough, borough, "PRACTITIONER");
    }

    private HttpResponse<String> answer(Person person, String cohortId, String phase, String body) {
        return call(person, "POST", "/internal/surveys/cohorts/" + cohortId + "/" + phase, body);
    }

    private long returns(String cohortId) {
        return resources.count("SELECT count(*) FROM workflow.survey_return WHERE cohort_id = '" + cohortId + "'");
    }

    private long answers(String cohortId) {
        return resources.count("SELECT count(*) FROM workflow.survey_answer WHERE cohort_id = '" + cohortId + "'");
    }

    @Test
    void aTraineeAnswersOnceAndASecondAnswerIsRefusedStoringNothing() {
        String cohortId = cohort("OVERVIEW", today().minusDays(3), today().minusDays(3));
        Person trainee = trainee("once", "hackney");
        book(cohortId, trainee, "PLACE");

        HttpResponse<String> first = answer(trainee, cohortId, "POST", "{\"confidence\":5,\"knowledge\":6,\"demographics\":{\"gender\":\"WOMAN\"}}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
        HttpResponse<String> second = answer(trainee, cohortId, "POST", "{\"confidence\":1,\"knowledge\":1}");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(returns(cohortId)).isEqualTo(1);
        assertThat(answers(cohortId)).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.survey_answer WHERE cohort_id = '" + cohortId
                + "' AND confidence = 5 AND knowledge = 6 AND gender = 'WOMAN' AND borough = 'hackney' AND programme_year = "
                + SurveySchedule.programmeYear(today().minusDays(3)))).isEqualTo(1);
    }

    @Test
    void someoneWithoutAPlaceFindsNoSurveyAndNothingIsStored() {
        String cohortId = cohort("OVERVIEW", today().minusDays(3), today().minusDays(3));
        Person waiting = trainee("waiting", "hackney");
        Person cancelled = trainee("cancelled", "hackney");
        book(cohortId, waiting, "WAITING_LIST");
        book(cohortId, cancelled, "CANCELLED");
        String body = "{\"confidence\":5,\"knowledge\":5}";

        for (Person person : List.of(trainee("never-booked", "hackney"), waiting, cancelled, EVALUATOR, PROJECT_MANAGER)) {
            assertThat(answer(person, cohortId, "POST", body).statusCode()).as(person.id()).isEqualTo(404);
        }
        assertThat(answer(trainee("nobody", "hackney"), UUID.randomUUID().toString(), "POST", body).statusCode()).isEqualTo(404);
        assertThat(returns(cohortId)).isZero();
        assertThat(answers(cohortId)).isZero();
    }

    @Test
    void badAnswersAreRefusedNamingTheFieldAndStoreNothing() {
        String cohortId = cohort("OVERVIEW", today().minusDays(2), today().minusDays(2));
        Person trainee = trainee("careless", "hackney");
        book(cohortId, trainee, "PLACE");

        Map<String, String> refusals = Map.of(
                "{\"confidence\":0,\"knowledge\":4}", "\"field\":\"confidence\"",
                "{\"confidence\":4,\"knowledge\":8}", "\"field\":\"knowledge\"",
                "{\"knowledge\":4}", "\"field\":\"confidence\"",
                "{\"confidence\":4,\"knowledge\":4,\"demographics\":{\"gender\":\"UNKNOWN\"}}", "\"field\":\"demographics.gender\"",
                "{\"confidence\":\"high\",\"knowledge\":4}", "\"field\":\"confidence\"");
        refusals.forEach((body, field) -> {
            HttpResponse<String> refused = answer(trainee, cohortId, "POST", body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).as(body).contains(field).doesNotContain("Exception");
        });
        assertThat(returns(cohortId)).isZero();
        assertThat(answers(cohortId)).isZero();
        // Nothing was kept of the refusals: the trainee can still answer.
        assertThat(answer(trainee, cohortId, "POST", "{\"confidence\":4,\"knowledge\":4}").statusCode()).isEqualTo(204);
    }

    @Test
    void coreHasASurveyBeforeTheCourseWithoutDemographicsAndTheSurveyAfterOpensOnTheLastDay() {
        LocalDate first = today().plusDays(10);
        String core = cohort("CORE", first, first.plusDays(3));
        String overview = cohort("OVERVIEW", first, first);
        Person trainee = trainee("early", "hackney");
        book(core, trainee, "PLACE");
        book(overview, trainee, "PLACE");

        assertThat(dueOf(trainee)).containsExactly(core + "/PRE");
        HttpResponse<String> withDemographics = answer(trainee, core, "PRE", "{\"confidence\":3,\"knowledge\":2,\"demographics\":{\"gender\":\"MAN\"}}");
        assertThat(withDemographics.statusCode()).isEqualTo(400);
        assertThat(withDemographics.body()).contains("\"field\":\"demographics\"");
        assertThat(answer(trainee, core, "PRE", "{\"confidence\":3,\"knowledge\":2}").statusCode()).isEqualTo(204);
        assertThat(answer(trainee, core, "POST", "{\"confidence\":3,\"knowledge\":2}").statusCode()).isEqualTo(409);
        assertThat(answer(trainee, overview, "PRE", "{\"confidence\":3,\"knowledge\":2}").statusCode()).isEqualTo(404);
        assertThat(dueOf(trainee)).isEmpty();
        assertThat(returns(core)).isEqualTo(1);
        assertThat(returns(overview)).isZero();
        assertThat(answers(core)).isEqualTo(1);

        String held = cohort("CORE", today().minusDays(4), today().minusDays(1));
        book(held, trainee, "PLACE");
        assertThat(answer(trainee, held, "PRE", "{\"confidence\":3,\"knowledge\":2}").statusCode()).isEqualTo(409);
        assertThat(dueOf(trainee)).containsExactly(held + "/POST");
    }

    @SuppressWarnings("unchecked")
    private List<String> dueOf(Person person) {
        HttpResponse<String> due = call(person, "GET", "/internal/surveys/due", null);
        assertThat(due.statusCode()).as(due.body()).isEqualTo(200);
        try {
            return json.readValue(due.body(), io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)))
                    .stream().map(d -> d.get("cohortId") + "/" + d.get("phase")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportGivesMeansAndDistributionsWithSmallCountsWithheldAndNoOnesAnswers() throws Exception {
        // Programme year 2019/20, which no other test writes in.
        String overview = cohort("OVERVIEW", LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 1));
        String core = cohort("CORE", LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5));
        for (int i = 0; i < 10; i++) {
            Person trainee = trainee("report" + i, "hackney");
            book(overview, trainee, "PLACE");
            answer(trainee, overview, "POST", "{\"confidence\":" + (i < 5 ? 6 : 4) + ",\"knowledge\":5,\"demographics\":{\"gender\":\""
                    + (i < 9 ? "WOMAN" : "MAN") + "\"}}");
        }
        Person newham = trainee("report", "newham");
        book(overview, newham, "PLACE");
        answer(newham, overview, "POST", "{\"confidence\":7,\"knowledge\":7}");
        // Core cannot be answered before the course any more (it was in 2020): its answers before are written as the API would.
        for (int i = 0; i < 5; i++) {
            resources.update("INSERT INTO workflow.survey_answer (id, cohort_id, course, borough, programme_year, phase, confidence, knowledge) "
                    + "VALUES ('" + UUID.randomUUID() + "', '" + core + "', 'CORE', 'hackney', 2019, 'PRE', 3, 2)");
        }
        for (int i = 0; i < 6; i++) {
            Person trainee = trainee("core" + i, "hackney");
            book(core, trainee, "PLACE");
            assertThat(answer(trainee, core, "POST", "{\"confidence\":" + (i < 5 ? 4 : 7) + ",\"knowledge\":4}").statusCode()).isEqualTo(204);
        }

        HttpResponse<String> seen = call(EVALUATOR, "GET", "/internal/surveys/report?year=2019", null);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        Map<String, Object> report = map(seen);
        // Means exact to two places, as the API sends them.
        assertThat(seen.body()).contains("\"meanConfidence\":3.00");
        assertThat(report).containsEntry("programmeYearName", "2019/20").containsEntry("borough", null);
        Map<String, Object> overviewFigures = course(report, "OVERVIEW");
        assertThat(overviewFigures.get("pre")).isNull();
        Map<String, Object> after = (Map<String, Object>) overviewFigures.get("post");
        // 11 answers: 5 of 6, 5 of 4 and one of 7; the 7 is a count of 1, so the distribution is withheld whole.
        assertThat((Map<String, Object>) after.get("answers")).containsEntry("count", 11);
        assertThat(decimal(after.get("meanConfidence"))).isEqualByComparingTo("5.18");
        assertThat(after.get("confidence")).isNull();
        assertThat((String) after.get("distributionShown")).startsWith("withheld");

        Map<String, Object> coreFigures = course(report, "CORE");
        Map<String, Object> before = (Map<String, Object>) coreFigures.get("pre");
        assertThat(decimal(before.get("meanConfidence"))).isEqualByComparingTo("3.00");
        assertThat((List<Integer>) before.get("confidence")).containsExactly(0, 0, 5, 0, 0, 0, 0);
        assertThat(decimal(((Map<String, Object>) coreFigures.get("post")).get("meanConfidence"))).isEqualByComparingTo("4.50");
        assertThat(decimal(coreFigures.get("confidenceChange"))).isEqualByComparingTo("1.50");
        assertThat(decimal(coreFigures.get("knowledgeChange"))).isEqualByComparingTo("2.00");
        assertThat(course(report, "WORKING_WITH_PERPETRATORS").get("post")).asString().contains("count=0");
        assertThat((List<Map<String, Object>>) report.get("courses")).as("no survey of an e-learning course").noneMatch(c -> c.get("course").equals("SUPERVISORS"));

        // 17 answers after a course: gender WOMAN 9, MAN 1, not answered 7 (6 of Core, 1 of Newham): the 1 is withheld, and the 7.
        List<Map<String, Object>> gender = (List<Map<String, Object>>) ((List<Map<String, Object>>) report.get("demographics")).stream()
                .filter(d -> d.get("question").equals("gender")).findFirst().orElseThrow().get("answers");
        assertThat(shown(gender, "WOMAN")).isEqualTo("9");
        assertThat(shown(gender, "MAN")).isEqualTo("fewer than 5");
        assertThat(shown(gender, "NOT_ANSWERED")).startsWith("withheld");
        assertThat(shown(gender, "NON_BINARY")).isEqualTo("0");

        // A borough lead sees their borough's: one answer in Newham, withheld, no mean.
        Map<String, Object> newhams = map(call(NEWHAM_LEAD, "GET", "/internal/surveys/report?year=2019", null));
        assertThat(newhams).containsEntry("borough", "newham");
        Map<String, Object> newhamAfter = (Map<String, Object>) course(newhams, "OVERVIEW").get("post");
        assertThat((Map<String, Object>) newhamAfter.get("answers")).containsEntry("count", null).containsEntry("shown", "fewer than 5");
        assertThat(newhamAfter.get("meanConfidence")).isNull();
        assertThat(((List<Map<String, Object>>) newhams.get("demographics")).getFirst().toString()).doesNotContain("count=1,");

        // Nothing names anyone; a trainee has no report, and no route reads an answer back.
        assertThat(seen.body()).doesNotContain("report0").doesNotContain("practitioner").doesNotContain("personId");
        assertThat(call(PRACTITIONER, "GET", "/internal/surveys/report?year=2019", null).statusCode()).isEqualTo(404);
        assertThat(call(EVALUATOR, "GET", "/internal/surveys/cohorts/" + overview + "/POST", null).statusCode()).isIn(404, 405);
        assertThat(call(EVALUATOR, "GET", "/internal/surveys/report?year=1066", null).body()).contains("\"field\":\"year\"");
        assertThat(resources.count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'survey_answer' "
                + "AND (column_name LIKE '%person%' OR data_type LIKE 'timestamp%' OR data_type = 'date')")).isZero();
    }

    private static java.math.BigDecimal decimal(Object number) {
        return new java.math.BigDecimal(number.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> course(Map<String, Object> report, String code) {
        return ((List<Map<String, Object>>) report.get("courses")).stream().filter(c -> c.get("course").equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static String shown(List<Map<String, Object>> answers, String answer) {
        return (String) ((Map<String, Object>) answers.stream().filter(a -> a.get("answer").equals(answer)).findFirst().orElseThrow().get("count"))
                .get("shown");
    }
}
