package uk.stpartnership.workflow;

import io.camunda.client.api.response.ActivatedJob;
import uk.stpartnership.testsupport.TestEngine;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * notification-service's part in workflow-service's tests: every send-email job must name a template whose
 * declared variables it carries (docs/GOVERNANCE.md), or, with the header letter, workflow-service must give them as
 * notification-service asks for them; it is kept for assertions and completed.
 */
public final class EmailJobs {

    /** @param variables the job's variables, and for a letter what workflow-service gave (recipients and texts) */
    record Email(String template, Map<String, Object> variables, Map<String, String> headers) {
    }

    /** The variables each template declares, recipientName aside. */
    private static final Map<String, List<String>> TEMPLATE_VARIABLES = Map.ofEntries(
            Map.entry("complaint-acknowledgement", List.of("businessReference", "receivedOn")),
            Map.entry("complaint-deadline-missed", List.of("businessReference", "taskName", "deadlineAt", "borough")),
            Map.entry("complaint-deadline-reminder", List.of("businessReference", "taskName", "deadlineAt")),
            Map.entry("complaint-extension", List.of("businessReference", "extensionReason", "deadlineAt")),
            Map.entry("complaint-final-response", List.of("businessReference", "responseText")),
            Map.entry("complaint-response", List.of("businessReference", "responseText")),
            Map.entry("complaint-worker-manager", List.of("businessReference", "workersComplainedAbout", "managerBriefing")),
            Map.entry("consultation-confirmation", List.of("caseReference", "consultationDate", "themesSummary", "followUpSummary")),
            Map.entry("consultation-reminder", List.of("caseReference", "dueDate")),
            Map.entry("consultation-overdue", List.of("caseReference", "dueDate", "borough")),
            Map.entry("agenda-call", List.of("meetingTitle", "scheduledAt", "agendaClosesAt", "openActionsSummary")),
            Map.entry("agenda-pack", List.of("meetingTitle", "scheduledAt", "location", "agendaSummary")),
            Map.entry("meeting-cancelled", List.of("meetingTitle", "scheduledAt")),
            Map.entry("meeting-moved", List.of("meetingTitle", "scheduledAt", "location", "reason")),
            Map.entry("minutes-approval-reminder", List.of("meetingTitle")),
            Map.entry("action-reminder", List.of("actionTitle", "dueDate", "meetingTitle")),
            Map.entry("action-overdue", List.of("actionTitle", "dueDate", "owner", "borough")),
            Map.entry("accreditation-lapsing", List.of("trainerName", "runsOutOn", "because")),
            Map.entry("accreditation-lapsed", List.of("trainerName", "runsOutOn", "because")),
            Map.entry("training-place-confirmed", List.of("courseName", "cohortDates", "place")),
            Map.entry("training-waitlisted", List.of("courseName", "cohortDates", "waitingPosition")),
            Map.entry("training-place-offered", List.of("courseName", "cohortDates", "place")),
            Map.entry("training-day-invitation", List.of("dayTitle", "when", "place", "icalendar")),
            Map.entry("training-attendance-reminder", List.of("dayTitle", "when")),
            Map.entry("audit-follow-up-missed", List.of("roundReference", "boroughs", "followUpDueOn", "steeringMeeting")));

    private final TestEngine engine;
    private final Function<ActivatedJob, Map<String, Object>> letters;
    private final List<Email> sent = new CopyOnWriteArrayList<>();

    /** @param letters what workflow-service gives notification-service for a letter job (recipients and texts) */
    public EmailJobs(TestEngine engine, Function<ActivatedJob, Map<String, Object>> letters) {
        this.engine = engine;
        this.letters = letters;
    }

    /** Every email sent so far. */
    List<Email> sent() {
        deliver();
        return sent;
    }

    /** The first email sent with this template (about this meeting, when given), or null. */
    Email first(String template, String meetingId) {
        return sent().stream().filter(email -> email.template().equals(template))
                .filter(email -> meetingId == null || meetingId.equals(email.variables().get("meetingId")))
                .findFirst().orElse(null);
    }

    /** How many emails with this template, and this value of a variable, were sent so far. */
    public long count(String template, String variable, Object value) {
        return sent().stream().filter(email -> email.template().equals(template) && value.equals(email.variables().get(variable))).count();
    }

    public void deliver() {
        for (ActivatedJob job : engine.client().newActivateJobsCommand().jobType("send-email").maxJobsToActivate(100)
                .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofMillis(100)).send().join().getJobs()) {
            String template = job.getCustomHeaders().get("template");
            Map<String, Object> variables = new HashMap<>(job.getVariablesAsMap());
            if ("complaint".equals(job.getCustomHeaders().get("letter"))) {
                assertThat(variables).as("a complaint letter's job carries no recipients").doesNotContainKey("recipients");
            }
            if (job.getCustomHeaders().containsKey("letter")) {
                variables.putAll(letters.apply(job));
            }
            assertThat(TEMPLATE_VARIABLES).containsKey(template);
            assertThat(variables).as(template).containsKey("recipients").containsKeys(TEMPLATE_VARIABLES.get(template).toArray(String[]::new));
            sent.add(new Email(template, variables, job.getCustomHeaders()));
            engine.client().newCompleteCommand(job).send().join();
        }
    }
}
