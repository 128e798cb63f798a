package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.TestEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as `./mvnw install -Plocal` starts it, with its demo history: on the first start every list has
 * something (notification-service sending the emails on the way), the README's way of picking a task by reference
 * still finds the journey's own, and a restart adds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryIT {

    private static final Duration WAIT = Duration.ofMinutes(4);

    private final TestEngine engine = TestEngine.start();
    private LocalPlatform platform;

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform, engine);
    }

    @Test
    void theFirstStartLoadsTheHistoryAndTheNextAddsNothing() throws Exception {
        Path var = Files.createTempDirectory("st-platform-demo");
        LocalPlatform.Settings settings = new LocalPlatform.Settings(Path.of(System.getProperty("platform.home", "target")), var,
                Journeys.freePorts(), engine.grpcAddress(), true);
        platform = LocalPlatform.start(settings);

        PlatformClient manager = PlatformClient.signIn(platform.uiApi(), "complaints-manager.hackney");
        List<Map<String, Object>> complaints = await().atMost(WAIT).until(() -> manager.get("/api/complaints?size=100").items(),
                all -> all.stream().anyMatch(c -> "STAGE2".equals(c.get("stageReached"))) && all.stream().filter(c -> c.get("outcome") != null
                        && List.of("WITHDRAWN", "RESOLVED_EARLY").contains(c.get("outcome"))).count() == 2);
        assertThat(complaints).hasSize(6);
        PlatformClient projectManager = PlatformClient.signIn(platform.uiApi(), "project-manager.respect");
        assertThat(projectManager.get("/api/decisions?status=OPEN").items()).isNotEmpty();
        assertThat(projectManager.get("/api/decisions?status=IMPLEMENTED").items()).isNotEmpty();
        assertThat(projectManager.get("/api/actions?overdue=true").items()).hasSize(2);
        for (Map<String, Object> series : projectManager.get("/api/meeting-series").items()) {
            assertThat((List<?>) projectManager.get("/api/meeting-series/" + series.get("id")).json().get("pastMeetings")).isNotEmpty();
        }
        PlatformClient lead = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        assertThat(lead.tasks()).extracting(t -> t.get("kind")).contains("hold-case-consultation");

        // The consultation journey beside the history: its task is found by its case reference.
        PlatformClient practitioner = PlatformClient.signIn(platform.uiApi(), "practitioner.hackney");
        assertThat(practitioner.post("/api/consultations",
                "{\"caseReference\":\"HK-2026-0042\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"Pivoting to the father\"}")
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> lead.task("hold-case-consultation", "HK-2026-0042").isPresent());

        // A restart: the history was loaded, nothing more is.
        int tasks = lead.tasks().size();
        platform.close();
        platform = LocalPlatform.start(settings);
        Path log = var.resolve("logs").resolve("workflow-service.log");
        await().atMost(WAIT).until(() -> Files.readString(log).contains("The demo history was loaded at an earlier start"));
        PlatformClient managerAgain = PlatformClient.signIn(platform.uiApi(), "complaints-manager.hackney");
        assertThat(managerAgain.get("/api/complaints?size=100").items()).hasSize(6);
        assertThat(PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney").tasks()).hasSize(tasks);
    }
}
