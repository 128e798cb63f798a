package uk.stpartnership.uiapi.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.uiapi.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.uiapi.pages.PageClient.cookie;
import static uk.stpartnership.uiapi.pages.PageClient.csrf;

/**
 * The trainers' pages with a stand-in workflow-service answering as the real one does (its answers are tested in
 * workflow-service): what the list and a trainer's page show, what the record form sends and how a refusal comes back on
 * its inputs, who is offered the forms, and the 404 page for what workflow-service says does not exist.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainerPagesTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";
    private static final String ID = "6f1c2b8e-3d4a-4e5f-9a0b-1c2d3e4f5a6b";
    private static final String TRAINER = """
            {"id":"%s","trainerId":"champion.respect","accreditedOn":"2026-03-01","lastDeliveredOn":null,"cohortsDelivered":0,
             "status":"LAPSING_SOON","lapsesOn":"2028-03-01","lapsesUndeliveredOn":"2027-03-01","runsOutOn":"2027-03-01",
             "lapsedOn":null,"lapsedBecause":null,"recordedBy":"project-manager.respect","recordedAt":"2026-03-01T10:00:00Z"}""".formatted(ID);

    private final HttpServer workflow = startWorkflow();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Inject
    EmbeddedServer server;

    private PageClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.local());
        properties.put("platform.workflow-service-url", "http://127.0.0.1:" + workflow.getAddress().getPort());
        return properties;
    }

    @BeforeEach
    void client() {
        client = new PageClient(server.getURI());
        sent.clear();
    }

    @AfterAll
    void stopWorkflow() {
        workflow.stop(0);
    }

    @Test
    void theListShowsEachTrainersStatusAndWhenItRunsOutAndOffersTheFormOnlyToThoseWhoRecord() {
        String projectManager = signIn("project-manager.respect");
        HttpResponse<String> list = client.get("/training/trainers", projectManager);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Accredited trainers", "href=\"/training/trainers/" + ID + "\"", "champion.respect",
                "govuk-tag--yellow", "Lapsing soon", "1 March 2027", "a cohort due", "href=\"/training/trainers/new\"");

        HttpResponse<String> forHackney = client.get("/training/trainers", signIn("implementation-lead.hackney"));
        assertThat(forHackney.body()).contains("champion.respect").doesNotContain("href=\"/training/trainers/new\"");
        assertThat(client.get("/training/trainers", signIn("implementation-lead.respect")).body())
                .as("the delivery partner's implementation lead records them").contains("href=\"/training/trainers/new\"");
    }

    @Test
    void aTrainersPageSaysWhenAndWhyItRunsOut() {
        HttpResponse<String> page = client.get("/training/trainers/" + ID + "?done=recorded", signIn("project-manager.respect"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">champion.respect</h1>", "The accreditation is recorded",
                "runs out on 1 March 2027 unless a cohort is delivered", "1 March 2028", "None yet",
                "href=\"/training/trainers/" + ID + "/renewal\"");
    }

    @Test
    void aRefusedRecordComesBackOnItsInputsWithWhatWasTyped() {
        String session = signIn("project-manager.respect");
        HttpResponse<String> form = client.get("/training/trainers/new", session);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> refused = client.post("/training/trainers/new", Map.of("csrf", csrf(form.body()), "trainerId", "champion.respect",
                "accreditedOn-day", "1", "accreditedOn-month", "3", "accreditedOn-year", "2099"), session);

        assertThat(sent).containsExactly("POST /internal/trainers {\"trainerId\":\"champion.respect\",\"accreditedOn\":\"2099-03-01\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: Record a trainer's accreditation", "govuk-error-summary", "href=\"#accreditedOn-day\"",
                "must be today or earlier", "value=\"champion.respect\"", "value=\"2099\"");
    }

    @Test
    void aRenewalGoesToTheTrainersPage() {
        String session = signIn("project-manager.respect");
        HttpResponse<String> form = client.get("/training/trainers/" + ID + "/renewal", session);
        assertThat(form.body()).contains("Renew the accreditation of champion.respect");
        HttpResponse<String> renewed = client.post("/training/trainers/" + ID + "/renewal", Map.of("csrf", csrf(form.body()),
                "accreditedOn-day", "2", "accreditedOn-month", "3", "accreditedOn-year", "2026"), session);

        assertThat(renewed.statusCode()).isEqualTo(303);
        assertThat(renewed.headers().firstValue("Location")).hasValue("/training/trainers/" + ID + "?done=renewed");
        assertThat(sent).containsExactly("POST /internal/trainers/" + ID + "/renewal {\"accreditedOn\":\"2026-03-02\"}");
    }

    @Test
    void whatWorkflowServiceSaysDoesNotExistIsTheNotFoundPage() {
        HttpResponse<String> page = client.get("/training/trainers", signIn("evaluator.respect"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("Exception");
    }

    /** workflow-service as the pages call it: evaluators are told nothing exists, a record in the future is refused. */
    private HttpServer startWorkflow() {
        try {
            HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePort.find()), 0);
            stub.createContext("/internal/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (exchange.getRequestMethod().equals("POST")) {
                    sent.add("POST " + path + " " + body);
                }
                String roles = exchange.getRequestHeaders().getFirst("X-Actor-Roles");
                if (path.equals("/internal/tasks")) {
                    answer(exchange, 200, "{\"items\":[],\"page\":0,\"size\":1,\"total\":0,\"moreThanTotal\":false}");
                } else if (roles.contains("EVALUATOR")) {
                    answer(exchange, 404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Trainer not found\"}");
                } else if (path.equals("/internal/trainers") && exchange.getRequestMethod().equals("POST")) {
                    answer(exchange, 400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"accreditedOn must be today or earlier\","
                            + "\"field\":\"accreditedOn\",\"errors\":[{\"field\":\"accreditedOn\",\"detail\":\"must be today or earlier\"}]}");
                } else if (path.equals("/internal/trainers")) {
                    answer(exchange, 200, "{\"items\":[" + TRAINER + "],\"page\":0,\"size\":20,\"total\":1}");
                } else {
                    answer(exchange, 200, TRAINER);
                }
            });
            stub.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String signIn(String username) {
        HttpResponse<String> page = client.get("/sign-in", null);
        HttpResponse<String> signedIn = client.post("/sign-in", Map.of("csrf", csrf(page.body()), "username", username, "password", PASSWORD),
                cookie(page, "st-sign-in"));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return cookie(signedIn, "st-session");
    }
}
