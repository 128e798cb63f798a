package uk.stpartnership.engine.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.stpartnership.engine.Engine;
import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.CreateInstance;
import uk.stpartnership.engine.api.JobActivation;
import uk.stpartnership.engine.api.Resource;
import uk.stpartnership.engine.server.EngineServer;
import uk.stpartnership.engine.server.EngineServerSettings;
import uk.stpartnership.engine.server.TestServers;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads and does through the operations HTTP API, with the service token. */
class OperationsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EngineServer server;
    private static Engine engine;

    @BeforeAll
    static void start() {
        server = TestServers.start(EngineServerSettings.Authentication.none());
        engine = server.engine();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void instancesAreListedByModelAndStateAPageAtATime() throws Exception {
        String id = name("listed");
        deploy(oneTask(id));
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            started.add(start(id, Map.of()));
        }
        String other = name("other");
        deploy(oneTask(other));
        start(other, Map.of());
        completeOneJob(id);

        JsonNode active = get("/instances?bpmnProcessId=" + id + "&state=ACTIVE").json();
        JsonNode completed = get("/instances?bpmnProcessId=" + id + "&state=completed").json();
        JsonNode secondPage = get("/instances?bpmnProcessId=" + id + "&page=1&size=2").json();

        assertThat(active.get("items")).hasSize(2);
        assertThat(active.get("items")).allSatisfy(item -> {
            assertThat(item.get("bpmnProcessId").asText()).isEqualTo(id);
            assertThat(item.get("state").asText()).isEqualTo("ACTIVE");
        });
        assertThat(completed.get("items")).singleElement().satisfies(item -> assertThat(item.get("endedAt").isTextual()).isTrue());
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(2);
        assertThat(started).contains(active.get("items").get(0).get("key").asLong());
    }

    @Test
    void badQueryValuesAreRefusedNamingTheField() throws Exception {
        Map<String, String> refused = Map.of(
                "/instances?size=101", "size",
                "/instances?size=0", "size",
                "/instances?page=-1", "page",
                "/instances?page=first", "page",
                "/instances?state=DONE", "state",
                "/instances?process=x", "process",
                "/incidents?size=500", "size",
                "/instances/abc", "key");
        for (var request : refused.entrySet()) {
            Answer answer = get(request.getKey());
            assertThat(answer.status()).as(request.getKey()).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.json().get("field").asText()).as(request.getKey()).isEqualTo(request.getValue());
        }
    }

    @Test
    void anInstanceShowsItsActiveElementsAndItsHistory() throws Exception {
        String id = name("detail");
        deploy(oneTask(id));
        long instance = start(id, Map.of("caseRef", "C-1"));

        JsonNode detail = get("/instances/" + instance).json();

        assertThat(detail.get("instance").get("key").asLong()).isEqualTo(instance);
        assertThat(detail.get("instance").get("state").asText()).isEqualTo("ACTIVE");
        assertThat(detail.get("activeElements").findValuesAsText("elementId")).contains("task");
        assertThat(detail.get("journal").findValuesAsText("intent")).contains("ELEMENT_ACTIVATED");
        assertThat(detail.get("journal").toString()).doesNotContain("C-1");
    }

    @Test
    void anInstanceShowsItsVariables() throws Exception {
        String id = name("variables");
        deploy(oneTask(id));
        long instance = start(id, Map.of("caseRef", "C-2", "stage", 3));

        JsonNode variables = get("/instances/" + instance + "/variables").json();

        assertThat(variables.get("caseRef").asText()).isEqualTo("C-2");
        assertThat(variables.get("stage").asInt()).isEqualTo(3);
    }

    @Test
    void variablesTheModelMarksSensitiveAreShownNowhere() throws Exception {
        String id = name("sensitive");
        engine.deploy(List.of(new Resource(id + ".bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="definitions" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" isExecutable="true">
                    <bpmn:extensionElements>
                      <zeebe:properties><zeebe:property name="sensitiveVariables" value="survivorName, safeAddress"/></zeebe:properties>
                    </bpmn:extensionElements>
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="task"/>
                    <bpmn:serviceTask id="task">
                      <bpmn:extensionElements><zeebe:taskDefinition type="%s-task"/></bpmn:extensionElements>
                    </bpmn:serviceTask>
                    <bpmn:sequenceFlow id="toEnd" sourceRef="task" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(id, id).getBytes(StandardCharsets.UTF_8))));
        long instance = start(id, Map.of("caseRef", "C-3", "survivorName", "Jane Roe", "safeAddress", "1 Refuge Row"));
        engine.completeJob(activate(id).getFirst().key(), Map.of("survivorName", "Jane Q. Roe"));

        JsonNode variables = get("/instances/" + instance + "/variables").json();
        String everything = get("/instances/" + instance).body() + get("/instances?bpmnProcessId=" + id).body()
                + get("/incidents").body();

        assertThat(variables.get("caseRef").asText()).isEqualTo("C-3");
        assertThat(variables.has("survivorName")).isFalse();
        assertThat(variables.has("safeAddress")).isFalse();
        assertThat(everything).doesNotContain("Roe", "Refuge");
    }

    @Test
    void anUnknownInstanceOrIncidentIsNotFound() throws Exception {
        assertThat(get("/instances/999999999").status()).isEqualTo(404);
        assertThat(get("/instances/999999999/variables").status()).isEqualTo(404);
        assertThat(post("/incidents/999999999/resolve").status()).isEqualTo(404);
        assertThat(get("/processes").status()).isEqualTo(404);
    }

    @Test
    void anIncidentIsListedWithItsMessageAndRetriedWhenResolved() throws Exception {
        String id = name("incident");
        deploy(oneTask(id));
        long instance = start(id, Map.of());
        ActivatedJob job = activate(id).getFirst();
        engine.failJob(job.key(), 0, "template missing", Duration.ZERO, Map.of());

        JsonNode incident = incidentOf(instance);
        assertThat(incident.get("message").asText()).isEqualTo("template missing");
        assertThat(incident.get("elementId").asText()).isEqualTo("task");

        engine.updateJobRetries(job.key(), 1);
        assertThat(post("/incidents/" + incident.get("key").asLong() + "/resolve").status()).isEqualTo(204);

        assertThat(incidentOf(instance)).isNull();
        assertThat(activate(id)).extracting(ActivatedJob::key).containsExactly(job.key());
    }

    @Test
    void readsAreGetAndResolvingIsPost() throws Exception {
        assertThat(post("/instances").status()).isEqualTo(405);
        assertThat(get("/incidents/1/resolve").status()).isEqualTo(405);
    }

    private static JsonNode incidentOf(long instance) throws Exception {
        for (JsonNode incident : get("/incidents?size=100").json().get("items")) {
            if (incident.get("processInstanceKey").asLong() == instance) {
                return incident;
            }
        }
        return null;
    }

    private record Answer(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private static Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(TestServers.opsUri(server, path)).GET());
    }

    private static Answer post(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(TestServers.opsUri(server, path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.header("X-Service-Token", TestServers.SERVICE_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    private static String name(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    private static BpmnModelInstance oneTask(String id) {
        return Bpmn.createExecutableProcess(id).startEvent().serviceTask("task", t -> t.zeebeJobType(id + "-task")).endEvent().done();
    }

    private static void deploy(BpmnModelInstance model) {
        String id = model.getModelElementsByType(Process.class).iterator().next().getId();
        engine.deploy(List.of(new Resource(id + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8))));
    }

    private static long start(String id, Map<String, Object> variables) {
        return engine.createInstance(new CreateInstance(id, CreateInstance.LATEST, 0, variables)).processInstanceKey();
    }

    private static List<ActivatedJob> activate(String id) {
        return engine.activateJobs(new JobActivation(id + "-task", "ops-test", Duration.ofMinutes(5), 10, List.of()));
    }

    private static void completeOneJob(String id) {
        engine.completeJob(activate(id).getFirst().key(), Map.of());
    }
}
