package uk.stpartnership.notification.email;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
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
 * {@code recipients} says who gets it, every other job variable can fill the template.
 */
@Singleton
public class SendEmailWorker {

    private final EmailTemplates templates;
    private final PeopleDirectory directory;
    private final Outbox outbox;

    public SendEmailWorker(EmailTemplates templates, PeopleDirectory directory, Outbox outbox) {
        this.templates = templates;
        this.directory = directory;
        this.outbox = outbox;
    }

    @JobWorker(type = "send-email")
    public void sendEmail(ActivatedJob job) {
        String templateName = job.getCustomHeaders().get("template");
        if (templateName == null || templateName.isBlank()) {
            throw new EmailJobDefect("The send-email task has no 'template' header");
        }
        Map<String, Object> variables = job.getVariablesAsMap();
        try {
            EmailTemplate template = templates.get(templateName);
            List<Person> people = directory.resolve(Recipient.parseAll(variables.get("recipients")));
            // Everything is rendered before anything is recorded, so a template fault leaves no half-made outbox.
            outbox.addMissing(people.stream().map(person -> email(job, template, variables, person)).toList());
        } catch (TemplateException e) {
            throw new EmailJobDefect(e.getMessage(), e);
        }
        // On its last retry the job's unsent emails become FAILED; the worker layer then raises the incident.
        outbox.sendUnsent(job.getKey(), job.getRetries() <= 1);
    }

    private static OutboxEmail email(ActivatedJob job, EmailTemplate template, Map<String, Object> variables, Person person) {
        Map<String, Object> values = new HashMap<>(variables);
        values.put("recipientName", person.displayName());
        RenderedEmail email = template.render(values);
        return new OutboxEmail(null, job.getKey(), job.getProcessInstanceKey(), template.name(), person.email().strip(),
                person.displayName(), email.subject(), email.text(), email.html(), OutboxStatus.PENDING, 0, null, null, null);
    }
}
