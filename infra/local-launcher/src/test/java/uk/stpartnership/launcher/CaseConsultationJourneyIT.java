package uk.stpartnership.launcher;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case consultation journey end to end: the real launcher starts the Zeebe broker, PostgreSQL, the SMTP
 * server and the three service jars, and the test is a practitioner, a lead and a project manager on the API.
 * Then the whole stack is stopped and started again over the same state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseConsultationJourneyIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();
    private static final String COMPLETION = "{\"consultationDate\":\"" + TODAY + "\","
            + "\"themes\":[\"PERPETRATOR_PATTERN_MAPPING\",\"PARTNERING_WITH_THE_SURVIVOR\"],"
            + "\"followUpNeeded\":true,\"followUp\":\"Map the father's pattern with the team manager by Friday\","
            + "\"notes\":\"Worker confident after the session\"}";

    private final Path var = Files.createTempDirectory("st-platform-e2e");
    private final LocalPlatform.Settings settings = new LocalPlatform.Settings(
            Path.of(System.getProperty("platform.home", "target")), var, Journeys.freePorts());
    private LocalPlatform platform;

    CaseConsultationJourneyIT() throws IOException {
    }

    @BeforeAll
    void startPlatform() throws Exception {
        platform = LocalPlatform.start(settings);
    }

    @AfterAll
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aPractitionerRequestsAndTheBoroughsLeadHoldsTheConsultation() throws Exception {
        PlatformClient practitioner = PlatformClient.signIn(platform.uiApi(), "practitioner.hackney");
        PlatformClient lead = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        PlatformClient newhamLead = PlatformClient.signIn(platform.uiApi(), "implementation-lead.newham");
        PlatformClient projectManager = PlatformClient.signIn(platform.uiApi(), "project-manager.respect");

        var bad = practitioner.post("/api/consultations", "{\"caseReference\":\"\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"Help\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json()).containsEntry("field", "caseReference");
        assertThat(PlatformClient.send(platform.uiApi(), null, "GET", "/api/tasks", null).status()).isEqualTo(401);

        var requested = practitioner.post("/api/consultations",
                "{\"caseReference\":\"HK-2026-0042\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"Pivoting to the father in the plan\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);

        Map<String, Object> task = await().atMost(Duration.ofSeconds(30))
                .until(() -> lead.get("/api/tasks").items(), items -> items.size() == 1).get(0);
        assertThat(task).containsEntry("title", "Hold case consultation").containsEntry("businessReference", "HK-2026-0042");
        String key = (String) task.get("key");

        assertThat(newhamLead.get("/api/tasks/" + key).status()).isEqualTo(404);
        assertThat(newhamLead.get("/api/tasks").items()).isEmpty();

        var invalid = lead.post("/api/tasks/" + key + "/complete", "{\"consultationDate\":\"" + TODAY + "\",\"themes\":[],\"followUpNeeded\":false}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json()).containsEntry("field", "themes");
        assertThat(lead.get("/api/tasks/" + key).json()).containsEntry("status", "OPEN");

        var completed = lead.post("/api/tasks/" + key + "/complete", COMPLETION);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(lead.post("/api/tasks/" + key + "/complete", COMPLETION).status()).isEqualTo(409);

        MimeMessage confirmation = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailTo("practitioner.hackney@st-partnership.test"), mail -> !mail.isEmpty()).get(0);
        String body = body(confirmation);
        assertThat(subject(confirmation)).contains("HK-2026-0042");
        assertThat(body).contains("HK-2026-0042").contains("Map the father's pattern with the team manager by Friday")
                .contains("Perpetrator pattern mapping").contains("Partnering with the survivor")
                .doesNotContain("Worker confident after the session");

        String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
        var counts = projectManager.get("/api/consultations/monthly?from=" + month + "&to=" + month);
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.json().get("counts")).isEqualTo(List.of(Map.of("borough", "hackney", "month", month, "consultations", 1)));
    }

    @Test
    @Order(2)
    void anOpenTaskSurvivesARestartOfTheWholeStack() throws Exception {
        PlatformClient champion = PlatformClient.signIn(platform.uiApi(), "champion.hackney");
        assertThat(champion.post("/api/consultations",
                "{\"caseReference\":\"HK-2026-0077\",\"practitionerRole\":\"Family support worker\",\"helpWanted\":\"Language in the assessment\"}")
                .status()).isEqualTo(201);
        PlatformClient lead = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        String key = (String) await().atMost(Duration.ofSeconds(30))
                .until(() -> lead.get("/api/tasks").items(), items -> items.size() == 1).get(0).get("key");

        platform.close();
        platform = LocalPlatform.start(settings);

        PlatformClient leadAgain = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        assertThat(leadAgain.get("/api/tasks").items()).extracting(item -> item.get("key")).containsExactly(key);
        assertThat(leadAgain.post("/api/tasks/" + key + "/complete", COMPLETION).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("champion.hackney@st-partnership.test"), mail -> !mail.isEmpty());
    }

    private List<MimeMessage> mailTo(String address) {
        return Journeys.mailTo(platform, address);
    }

    private static String subject(MimeMessage message) throws Exception {
        return message.getSubject();
    }

    private static String body(MimeMessage message) throws Exception {
        return LocalMail.plainText(message);
    }
}
