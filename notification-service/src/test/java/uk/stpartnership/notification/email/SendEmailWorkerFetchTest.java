package uk.stpartnership.notification.email;

import org.junit.jupiter.api.Test;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.notification.email.template.EmailTemplates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** send-email fetches only named variables, and the names cover every variable a template declares. */
class SendEmailWorkerFetchTest {

    @Test
    void theWorkerFetchesWhatTheTemplatesDeclareAndNothingElse() throws Exception {
        JobWorker worker = SendEmailWorker.class.getMethod("sendEmail", io.camunda.client.api.response.ActivatedJob.class)
                .getAnnotation(JobWorker.class);
        List<String> fetched = List.of(worker.fetchVariables());
        assertThat(fetched).as("a worker that names none fetches all").isNotEmpty()
                .doesNotContain("draftResponse", "disclosureMatches", "managerBriefing", "complaintAbout", "extensionReason", "helpWanted",
                        "notes", "followUp", "outcomes", "attendees", "doneNote", "note", "reason");
        // Given by workflow-service in a letter (texts people typed, or made from them), never fetched from the process.
        Set<String> fromLetters = Set.of("responseText", "extensionReason", "managerBriefing", "workersComplainedAbout", "recipientName",
                "themesSummary", "followUpSummary", "meetingTitle", "location", "openActionsSummary", "agendaSummary", "reason",
                "actionTitle", "trainerName", "runsOutOn", "because", "courseName", "cohortDates", "place", "waitingPosition", "dayTitle", "when",
                "roundReference", "boroughs", "followUpDueOn", "steeringMeeting");
        EmailTemplates templates = new EmailTemplates();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".email", "");
                templates.get(name).variables().stream().filter(variable -> !fromLetters.contains(variable))
                        .forEach(variable -> assertThat(fetched).as("template %s declares %s", name, variable).contains(variable));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
