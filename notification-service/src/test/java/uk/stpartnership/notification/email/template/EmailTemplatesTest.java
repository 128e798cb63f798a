package uk.stpartnership.notification.email.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The templates the service ships: they load, and each declares the variables docs/CONTRACTS.md and docs/GOVERNANCE.md promise. */
class EmailTemplatesTest {

    private final EmailTemplates templates = new EmailTemplates();

    @Test
    void shipsTheTemplatesOfTheContract() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", EmailTemplates.LOCATION))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("consultation-reminder.email", "consultation-overdue.email", "consultation-confirmation.email",
                            "agenda-call.email", "agenda-pack.email", "meeting-cancelled.email", "meeting-moved.email", "minutes-approval-reminder.email",
                            "action-reminder.email", "action-overdue.email", "complaint-acknowledgement.email", "complaint-extension.email",
                            "complaint-response.email", "complaint-final-response.email", "complaint-deadline-reminder.email",
                            "complaint-deadline-missed.email", "complaint-worker-manager.email",
                            "accreditation-lapsing.email", "accreditation-lapsed.email",
                            "champion-manager-reminder.email", "champion-manager-escalation.email", "champion-succession-overdue.email",
                            "training-place-confirmed.email", "training-waitlisted.email", "training-place-offered.email",
                            "training-day-invitation.email", "training-attendance-reminder.email", "audit-follow-up-missed.email",
                            "audit-case-reminder.email", "audit-case-overdue.email");
        }
    }

    /** subjectVariable: the variable that tells one such email from another in an inbox. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            consultation-reminder       | caseReference     | recipientName, caseReference, dueDate
            consultation-overdue        | caseReference     | recipientName, caseReference, dueDate, borough
            consultation-confirmation   | caseReference     | recipientName, caseReference, consultationDate, themesSummary, followUpSummary
            agenda-call                 | meetingTitle      | recipientName, meetingTitle, scheduledAt, agendaClosesAt, openActionsSummary
            agenda-pack                 | meetingTitle      | recipientName, meetingTitle, scheduledAt, location, agendaSummary
            meeting-cancelled           | meetingTitle      | recipientName, meetingTitle, scheduledAt
            meeting-moved               | scheduledAt       | recipientName, meetingTitle, scheduledAt, location, reason
            minutes-approval-reminder   | meetingTitle      | recipientName, meetingTitle
            action-reminder             | dueDate           | recipientName, actionTitle, dueDate, meetingTitle
            action-overdue              | actionTitle       | recipientName, actionTitle, dueDate, owner, borough
            complaint-acknowledgement   | businessReference | recipientName, businessReference, receivedOn
            complaint-extension         | businessReference | recipientName, businessReference, extensionReason, deadlineAt
            complaint-response          | businessReference | recipientName, businessReference, responseText
            complaint-final-response    | businessReference | recipientName, businessReference, responseText
            complaint-deadline-reminder | businessReference | recipientName, businessReference, taskName, deadlineAt
            complaint-deadline-missed   | businessReference | recipientName, businessReference, taskName, deadlineAt, borough
            complaint-worker-manager    | businessReference | recipientName, businessReference, workersComplainedAbout, managerBriefing
            accreditation-lapsing       | trainerName       | recipientName, trainerName, runsOutOn, because
            accreditation-lapsed        | trainerName       | recipientName, trainerName, runsOutOn, because
            champion-manager-reminder   | dueDate           | recipientName, dueDate
            champion-manager-escalation | dueDate           | recipientName, dueDate
            champion-succession-overdue | dueDate           | recipientName, dueDate
            training-place-confirmed    | courseName        | recipientName, courseName, cohortDates, place
            training-waitlisted         | courseName        | recipientName, courseName, cohortDates, waitingPosition
            training-place-offered      | courseName        | recipientName, courseName, cohortDates, place
            training-day-invitation     | dayTitle          | recipientName, dayTitle, when, place
            training-attendance-reminder | dayTitle         | recipientName, dayTitle, when
            audit-follow-up-missed      | roundReference    | recipientName, roundReference, boroughs, followUpDueOn, steeringMeeting
            audit-case-reminder         | dueDate           | recipientName, dueDate
            audit-case-overdue          | dueDate           | recipientName, dueDate
            """)
    void eachTemplateDeclaresTheContractsVariablesAndRenders(String name, String subjectVariable, String contractVariables) {
        EmailTemplate template = templates.get(name);
        assertThat(template.variables()).containsExactlyInAnyOrder(contractVariables.split(",\\s*"));

        Map<String, Object> values = new HashMap<>();
        Arrays.stream(contractVariables.split(",\\s*")).forEach(variable -> values.put(variable, "value-of-" + variable));
        RenderedEmail email = templates.get(name).render(values);

        assertThat(email.subject()).contains("value-of-" + subjectVariable).doesNotContain("{{");
        assertThat(email.text()).contains("Dear value-of-recipientName,").doesNotContain("{{");
        assertThat(email.html()).contains("Dear value-of-recipientName,").doesNotContain("{{");
        values.keySet().forEach(variable -> assertThat(email.text() + email.html()).contains("value-of-" + variable));
    }

    @Test
    void refusesUnknownTemplatesAndNamesThatAreNotPlain() {
        assertThatThrownBy(() -> templates.get("consultation-unknown"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("There is no email template consultation-unknown");
        assertThatThrownBy(() -> templates.get("../logback"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("is not a template name");
    }
}
