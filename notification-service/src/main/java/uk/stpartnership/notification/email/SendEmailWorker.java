package uk.stpartnership.notification.email;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.notification.email.template.EmailTemplate;
import uk.stpartnership.notification.email.template.EmailTemplates;
import uk.stpartnership.notification.email.template.RenderedEmail;
import uk.stpartnership.notification.email.template.TemplateException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles {@code send-email} jobs: the task header {@code template} names the template, the local variable
 * {@code recipients} says who gets it (an empty list: no one, and the job completes), the fetched job variables fill
 * the template. With the task header {@code letter}, workflow-service gives the texts (and, for a complaint, says who
 * gets it) (Letters): addresses and texts people typed never travel as process variables. The optional task header
 * {@code attachment} names the letter's value holding an iCalendar text (an invitation names the meeting's place),
 * sent with every email of the job as invite.ics.
 * The worker fetches only the recipients, what a letter is asked for by and the variables templates declare that no
 * letter gives (SendEmailWorkerFetchTest keeps the list in step with the templates).
 */
@Singleton
public class SendEmailWorker {

    private static final Logger LOG = LoggerFactory.getLogger(SendEmailWorker.class);
    private static final String ICALENDAR_START = "BEGIN:VCALENDAR";

    private final EmailTemplates templates;
    private final PeopleDirectory directory;
    private final Outbox outbox;
    private final Letters letters;

    public SendEmailWorker(EmailTemplates templates, PeopleDirectory directory, Outbox outbox, Letters letters) {
        this.templates = templates;
        this.directory = directory;
        this.outbox = outbox;
        this.letters = letters;
    }

    @JobWorker(type = "send-email", fetchVariables = {"recipients", "icalendar", "complaintId", "draftId", "consultationId", "meetingId",
            "actionId", "agendaClosesAt", "borough", "businessReference", "caseReference", "consultationDate", "deadlineAt", "dueDate",
            "owner", "receivedOn", "scheduledAt", "taskName", "accreditationId", "bookingId", "cohortDayId", "roundId"})
    public void sendEmail(ActivatedJob job) {
        String templateName = job.getCustomHeaders().get("template");
        if (templateName == null || templateName.isBlank()) {
            throw new EmailJobDefect("The send-email task has no 'template' header");
        }
        Map<String, Object> variables = new HashMap<>(job.getVariablesAsMap());
        try {
            EmailTemplate template = templates.get(templateName);
            Object recipientsNamed = variables.get("recipients");
            String letter = job.getCustomHeaders().get("letter");
            if (letter != null) {
                Letters.Letter held = letters.of(letter, templateName, variables);
                variables.putAll(held.values());
                if (held.recipients() != null) {
                    recipientsNamed = held.recipients();
                }
            }
            String calendarInvite = calendarInvite(job.getCustomHeaders().get("attachment"), variables);
            List<Recipient> recipients = Recipient.parseAll(recipientsNamed);
            if (recipients.isEmpty()) {
                LOG.info("The job's recipients list is empty: no one to email, nothing sent ({})", templateName);
                return;
            }
            List<Person> people = directory.resolve(recipients);
            // Everything is rendered before anything is recorded, so a template fault leaves no half-made outbox.
            outbox.addMissing(people.stream().map(person -> email(job, template, variables, person, calendarInvite)).toList());
        } catch (TemplateException e) {
            throw new EmailJobDefect(e.getMessage(), e);
        }
        // On its last retry the job's unsent emails become FAILED; the worker layer then raises the incident.
        outbox.sendUnsent(job.getKey(), job.getRetries() <= 1);
    }

    /** The iCalendar text of the variable the header names, or null without the header; anything else is a model fault. */
    private static @Nullable String calendarInvite(@Nullable String variable, Map<String, Object> variables) {
        if (variable == null) {
            return null;
        }
        if (variable.isBlank()) {
            throw new EmailJobDefect("The send-email task's 'attachment' header names no variable");
        }
        if (!(variables.get(variable) instanceof String text) || text.isBlank()) {
            throw new EmailJobDefect("The send-email task's 'attachment' header names the variable '" + variable
                    + "', but the job has no iCalendar text in it: the process model must provide it");
        }
        if (!text.regionMatches(true, 0, ICALENDAR_START, 0, ICALENDAR_START.length())) {
            throw new EmailJobDefect("The variable '" + variable + "' that the 'attachment' header names does not hold"
                    + " an iCalendar text (it should start with " + ICALENDAR_START + ")");
        }
        return text;
    }

    private static OutboxEmail email(ActivatedJob job, EmailTemplate template, Map<String, Object> variables, Person person,
                                     @Nullable String calendarInvite) {
        Map<String, Object> values = new HashMap<>(variables);
        values.put("recipientName", person.displayName());
        RenderedEmail email = template.render(values);
        return new OutboxEmail(null, job.getKey(), job.getProcessInstanceKey(), template.name(), person.email().strip(),
                person.displayName(), email.subject(), email.text(), email.html(), calendarInvite, OutboxStatus.PENDING,
                0, null, null, null);
    }
}
