package uk.stpartnership.notification.email;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import uk.stpartnership.testsupport.TestEngine;
import uk.stpartnership.testsupport.TestPostgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the email tests share: the service's settings against real parts, and small readers. */
final class EmailTestSupport {

    static final String SERVICE_TOKEN = "test-service-token-0123456789";
    static final String CASE_REFERENCE = "HK-2026-0042";

    private EmailTestSupport() {
    }

    static Map<String, String> properties(TestEngine engine, int smtpPort, PeopleDirectoryStub directory) {
        TestPostgres.Database database = TestPostgres.newDatabase();
        return Map.of(
                "micronaut.server.port", "-1",
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password(),
                "zeebe.grpc-address", engine.grpcAddress(),
                "zeebe.worker.retry-backoff", "1s",
                "mail.smtp.host", "127.0.0.1",
                "mail.smtp.port", Integer.toString(smtpPort),
                "ui-api.url", directory.url(),
                "platform.service-token", SERVICE_TOKEN);
    }

    /** Starts the test process; its email task's job has type {@code jobType}, so a test can take it instead of the service. */
    static long startInstance(TestEngine engine, String jobType, List<Map<String, String>> emailTo, Map<String, Object> templateVariables) {
        Map<String, Object> variables = new HashMap<>(templateVariables);
        variables.put("jobType", jobType);
        variables.put("emailTo", emailTo);
        return engine.client().newCreateInstanceCommand().bpmnProcessId("send-email-test").latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
    }

    static Map<String, Object> reminderVariables() {
        return Map.of("caseReference", CASE_REFERENCE, "dueDate", "2026-12-01");
    }

    static ActivatedJob onlyJobOf(List<ActivatedJob> jobs, long processInstanceKey) {
        List<ActivatedJob> ofInstance = jobs.stream().filter(job -> job.getProcessInstanceKey() == processInstanceKey).toList();
        assertThat(ofInstance).hasSize(1);
        return ofInstance.get(0);
    }

    /** The body of the message's alternative of this content type ("text/plain" or "text/html"). */
    static String part(MimeMessage message, String contentType) throws MessagingException, IOException {
        Multipart alternatives = (Multipart) message.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType(contentType)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("The message has no " + contentType + " part");
    }

    static HttpResponse<String> get(URI uri, boolean withServiceToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (withServiceToken) {
            request.header("X-Service-Token", SERVICE_TOKEN);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
