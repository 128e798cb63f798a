package uk.stpartnership.uiapi.pages;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.TestDatabases;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey's pages against a stand-in workflow-service that answers as the real one does: the form with its
 * questions, a refusal with errors on its inputs, a second answer, the report with withheld counts, and its CSV. The
 * browser journey is SurveyPagesJourneyIT in the local launcher.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyPagesTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";
    private static final String COHORT = "7b0c5a52-31a4-4b8e-9a53-2f0b6a1d6c11";
    private static final String QUESTIONS = """
            {"confidence":"How confident do you feel?","confidenceLowest":"not at all confident","confidenceHighest":"very confident",
             "knowledge":"How would you rate your knowledge?","knowledgeLowest":"no knowledge","knowledgeHighest":"expert knowledge",
             "demographics":[{"name":"gender","label":"What is your gender?","answers":[{"value":"WOMAN","label":"Woman"},
               {"value":"PREFER_NOT_TO_SAY","label":"Prefer not to say"}]}]}""";
    private static final String DUE = """
            [{"cohortId":"%s","course":"OVERVIEW","courseName":"Overview","phase":"POST","firstDay":"2026-11-03","lastDay":"2026-11-03"}]"""
            .formatted(COHORT);
    private static final String REFUSED = """
            {"title":"Bad Request","status":400,"detail":"confidence: must not be null","field":"confidence","errors":[
              {"field":"confidence","detail":"must not be null"},{"field":"demographics.gender","detail":"is not a valid value"}]}""";
    private static final String ANSWERED = """
            {"title":"Conflict","status":409,"detail":"You have already answered this survey"}""";
    private static final String WITHHELD = "{\"count\":null,\"shown\":\"fewer than 5\"}";
    private static final String REPORT = """
            {"programmeYear":2026,"programmeYearName":"2026/27","borough":null,"courses":[
              {"course":"CORE","courseName":"Core",
               "pre":{"phase":"PRE","answers":{"count":5,"shown":"5"},"meanConfidence":3.00,"meanKnowledge":2.00,
                      "confidence":[0,0,5,0,0,0,0],"knowledge":[0,5,0,0,0,0,0],"distributionShown":"shown"},
               "post":{"phase":"POST","answers":%s,"meanConfidence":null,"meanKnowledge":null,"confidence":null,"knowledge":null,
                      "distributionShown":"withheld: it has a small count"},
               "confidenceChange":null,"knowledgeChange":null}],
             "demographics":[{"question":"ethnicity","label":"What is your ethnic group?","answers":[
               {"answer":"BLACK","label":"Black, Black British, Caribbean or African","count":%s},
               {"answer":"NOT_ANSWERED","label":"Not answered","count":{"count":7,"shown":"7"}}]}]}""".formatted(WITHHELD, WITHHELD);

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final StandInWorkflowService workflowService = StandInWorkflowService.start(this::answer);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.localWithoutWorkflowService());
        properties.put("platform.workflow-service-url", workflowService.url());
        return properties;
    }

    @AfterAll
    void stop() {
        workflowService.close();
    }

    private StandInWorkflowService.Answer answer(String method, String path, String body) {
        return switch (path) {
            case "/internal/tasks" -> StandInWorkflowService.NO_TASKS;
            case "/internal/surveys/questions" -> new StandInWorkflowService.Answer(200, QUESTIONS);
            case "/internal/surveys/due" -> new StandInWorkflowService.Answer(200, DUE);
            case "/internal/surveys/report" -> new StandInWorkflowService.Answer(200, REPORT);
            case "/internal/surveys/cohorts/" + COHORT + "/POST" -> {
                sent.add(body);
                yield body.contains("\"confidence\":null") ? new StandInWorkflowService.Answer(400, REFUSED)
                        : new StandInWorkflowService.Answer(409, ANSWERED);
            }
            default -> new StandInWorkflowService.Answer(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Survey not found\"}");
        };
    }

    @Test
    void the_survey_form_asks_one_to_seven_with_the_demographics_optional_and_shows_each_refusal_on_its_input() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("practitioner.hackney", PASSWORD);
        HttpResponse<String> form = client.get("/training/surveys/" + COHORT + "/after", session);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("After the course: Overview", "How confident do you feel?", "1 (not at all confident)",
                "7 (very confident)", "govuk-details", "About you (optional)", "What is your gender?", "value=\"PREFER_NOT_TO_SAY\"");

        HttpResponse<String> refused = client.post("/training/surveys/" + COHORT + "/after",
                Map.of("csrf", PageClient.csrf(form.body()), "knowledge", "4", "gender", "SOMETHING"), session);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#confidence\"", "Choose how confident you feel, from 1 to 7", "href=\"#gender\"",
                "value=\"4\" checked").doesNotContain("Exception");
        assertThat(sent.getLast()).contains("\"knowledge\":4", "\"gender\":\"SOMETHING\"");

        HttpResponse<String> twice = client.post("/training/surveys/" + COHORT + "/after",
                Map.of("csrf", PageClient.csrf(form.body()), "confidence", "5", "knowledge", "4"), session);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("This survey cannot be answered", "You have already answered this survey");
        assertThat(sent.getLast()).contains("\"confidence\":5", "\"demographics\":null");
    }

    @Test
    void a_survey_not_open_to_the_person_is_the_not_found_page() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("practitioner.hackney", PASSWORD);

        assertThat(client.get("/training/surveys/" + COHORT + "/before", session).statusCode()).isEqualTo(404);
        assertThat(client.get("/training/surveys/" + COHORT + "/during", session).statusCode()).isEqualTo(404);
    }

    @Test
    void the_report_shows_withheld_counts_in_words_and_its_csv_quotes_what_needs_it() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("evaluator.respect", PASSWORD);

        HttpResponse<String> page = client.get("/training/surveys/report?year=2026", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Training surveys 2026/27", "All boroughs", "fewer than 5", "not available", "3.00",
                "Core: answers per confidence score", "Download these figures (CSV)");

        HttpResponse<String> csv = client.get("/training/surveys/report.csv?year=2026", session);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("programme_year,borough,course,survey,figure,question,answer,value\r\n")
                .contains("2026/27,all,Core,Before the course,mean,confidence,,3.00\r\n",
                        "2026/27,all,Core,Before the course,answers per score,confidence,3,5\r\n",
                        "2026/27,all,Core,After the course,answers,,,fewer than 5\r\n",
                        "2026/27,all,all courses,After the course,answers,ethnicity,\"Black, Black British, Caribbean or African\",fewer than 5\r\n");
    }
}
