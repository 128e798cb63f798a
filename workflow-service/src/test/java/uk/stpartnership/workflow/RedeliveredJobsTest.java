package uk.stpartnership.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.consultations.ConsultationWorkers;
import uk.stpartnership.workflow.tasks.UserTaskWorker;

import java.time.LocalDate;
import java.time.ZoneId;

import static uk.stpartnership.workflow.TestPeople.PRACTITIONER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zeebe delivers a job at least once. Here the workers are not opened: the test takes each real job from the
 * engine and hands it to the worker twice, as a redelivery would.
 */
@MicronautTest(transactional = false)
class RedeliveredJobsTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");

    @Inject
    UserTaskWorker userTaskWorker;
    @Inject
    ConsultationWorkers consultationWorkers;

    @Test
    void aRedeliveredJobMakesOneTaskAndOneRecord() {
        assertThat(resources.call(server.getURI(), PRACTITIONER, "POST", "/internal/consultations",
                "{\"caseReference\":\"HK-7\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"Language in the plan\"}").statusCode())
                .isEqualTo(201);
        ActivatedJob schedule = onlyJob("schedule-consultation");
        resources.engine().client().newCompleteCommand(schedule).variables(consultationWorkers.schedule(schedule)).send().join();

        ActivatedJob userTask = onlyJob("io.camunda.zeebe:userTask");
        userTaskWorker.record(userTask);
        userTaskWorker.record(userTask);
        assertThat(resources.count("SELECT count(*) FROM workflow.inbox_task")).isEqualTo(1);

        String completion = "{\"consultationDate\":\"" + LocalDate.now(ZoneId.of("Europe/London"))
                + "\",\"themes\":[\"RISK_AND_SAFETY\"],\"followUpNeeded\":false}";
        assertThat(resources.call(server.getURI(), LEAD, "POST", "/internal/tasks/" + userTask.getKey() + "/complete", completion)
                .statusCode()).isEqualTo(200);

        assertThat(resources.count("SELECT count(*) FROM workflow.consultation")).isEqualTo(1);
    }

}
