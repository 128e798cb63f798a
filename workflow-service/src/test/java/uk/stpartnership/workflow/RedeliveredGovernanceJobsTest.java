package uk.stpartnership.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.actions.ActionWorkers;
import uk.stpartnership.workflow.meetings.MeetingWorkers;
import uk.stpartnership.workflow.tasks.UserTaskWorker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static uk.stpartnership.workflow.TestPeople.PROJECT_MANAGER;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_OWNER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zeebe delivers a job at least once. Here the workers are not opened: the test takes each governance job from
 * the engine and hands it to its worker twice, as a redelivery would, and counts what was written.
 */
@MicronautTest(transactional = false)
class RedeliveredGovernanceJobsTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    MeetingWorkers meetingWorkers;
    @Inject
    ActionWorkers actionWorkers;
    @Inject
    UserTaskWorker userTaskWorker;

    @Test
    void eachGovernanceJobHandedOverTwiceWritesOnce() throws Exception {
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/meeting-series", "{\"title\":\"Performance management group\","
                + "\"group\":\"PERFORMANCE\",\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":2,\"weekday\":\"WEDNESDAY\"},\"startTime\":\"11:00\","
                + "\"durationMinutes\":60,\"location\":\"Teams\",\"chair\":\"project-manager.respect\",\"organisation\":\"respect\","
                + "\"members\":[{\"person\":\"project-manager.respect\"},{\"role\":\"EVALUATOR\",\"organisation\":\"respect\"}],"
                + "\"agendaCallWorkingDays\":3,\"papersWorkingDays\":1,\"minutesApprovalWorkingDays\":3,\"quorum\":2}").statusCode()).isEqualTo(201);

        ActivatedJob plan = onlyJob("plan-next-meeting");
        Map<String, Object> planned = meetingWorkers.planNextMeeting(plan);
        assertThat(meetingWorkers.planNextMeeting(plan)).isEqualTo(planned);
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting")).isEqualTo(1);
        assertThat(planned).containsOnlyKeys("meetingId", "scheduledAt", "endsAt", "agendaCallAt", "agendaClosesAt",
                "minutesApprovalDueAt", "members", "chair", "borough", "seriesOpen").containsEntry("seriesOpen", true);
        complete(plan, planned);
        String meetingId = (String) planned.get("meetingId");

        clock.moveTo(Instant.parse((String) planned.get("agendaCallAt")));
        completeEmails();
        var item = call(PROJECT_MANAGER, "POST", "/internal/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Consultation timescales\",\"purpose\":\"DECISION\"}");
        String itemId = (String) map(item).get("id");

        clock.moveTo(Instant.parse((String) planned.get("agendaClosesAt")));
        completeUserTask("finalise-agenda", PROJECT_MANAGER, "{\"agendaConfirmed\":true}");
        ActivatedJob pack = onlyJob("build-agenda-pack");
        meetingWorkers.buildAgendaPack(pack);
        String stampedAt = "SELECT (extract(epoch FROM agenda_pack_at) * 1000000)::bigint FROM workflow.meeting";
        long stamped = resources.count(stampedAt);
        meetingWorkers.buildAgendaPack(pack);
        assertThat(resources.count(stampedAt)).as("the invitation stamped once").isEqualTo(stamped);
        complete(pack, Map.of());
        completeEmails();

        clock.moveTo(Instant.parse((String) planned.get("scheduledAt")));
        LocalDate meetingDay = LocalDate.ofInstant(Instant.parse((String) planned.get("scheduledAt")), LONDON);
        completeUserTask("record-meeting", PROJECT_MANAGER, json.writeValueAsString(Map.of(
                "attendees", List.of("project-manager.respect", "evaluator.respect"),
                "outcomes", List.of(Map.of("agendaItemId", itemId, "type", "DECISION", "wording", "Hold consultations within five working days",
                        "actions", List.of(
                                Map.of("title", "Tell the leads", "owner", HACKNEY_OWNER.id(), "borough", "hackney",
                                        "dueDate", meetingDay.plusDays(3).toString()),
                                Map.of("title", "Update the guidance", "owner", "implementation-lead.newham", "borough", "newham",
                                        "dueDate", meetingDay.plusDays(10).toString())))))));
        ActivatedJob minutes = onlyJob("record-minutes");
        Map<String, Object> recorded = meetingWorkers.recordMinutes(minutes);
        assertThat(meetingWorkers.recordMinutes(minutes)).isEqualTo(recorded).isEqualTo(Map.of("quorumMet", true));
        complete(minutes, recorded);
        assertThat(resources.count("SELECT count(*) FROM workflow.decision WHERE status = 'OPEN'")).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.governance_action")).isEqualTo(2);
        assertThat(resources.count("SELECT count(*) FROM workflow.action_history")).isEqualTo(2);
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting_outcome")).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting_attendee")).isEqualTo(2);
        List<ActivatedJob> actionTasks = userTasks("complete-action");
        assertThat(actionTasks).as("one process per action, however often it was published").hasSize(2);

        ActivatedJob hackneyTask = actionTasks.stream().filter(job -> HACKNEY_OWNER.id().equals(job.getVariablesAsMap().get("owner")))
                .findFirst().orElseThrow();
        userTaskWorker.record(hackneyTask);
        assertThat(call(HACKNEY_OWNER, "POST", "/internal/tasks/" + hackneyTask.getKey() + "/complete", "{\"doneNote\":\"Told them\"}")
                .statusCode()).isEqualTo(200);
        assertThat(resources.count("SELECT count(*) FROM workflow.action_history WHERE event = 'DONE'")).isEqualTo(1);

        clock.moveTo(meetingDay.plusDays(11).atTime(9, 0).atZone(LONDON).toInstant());
        List<ActivatedJob> escalations = resources.engine().activateJobs("escalate-overdue-action");
        assertThat(escalations).hasSize(1);
        actionWorkers.escalateOverdueAction(escalations.get(0));
        actionWorkers.escalateOverdueAction(escalations.get(0));
        assertThat(resources.count("SELECT count(*) FROM workflow.action_history WHERE event = 'ESCALATED'")).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.governance_action WHERE escalated")).isEqualTo(1);
    }

    private void completeUserTask(String kind, Person person, String answers) {
        ActivatedJob task = userTasks(kind).get(0);
        userTaskWorker.record(task);
        userTaskWorker.record(task);
        assertThat(resources.count("SELECT count(*) FROM workflow.inbox_task WHERE task_kind = '" + kind + "'")).isEqualTo(1);
        var completed = call(person, "POST", "/internal/tasks/" + task.getKey() + "/complete", answers);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    }

    private List<ActivatedJob> userTasks(String kind) {
        resources.awaitOutboxSent();
        return resources.engine().activateJobs("io.camunda.zeebe:userTask").stream()
                .filter(job -> kind.equals(job.getCustomHeaders().get("io.camunda.zeebe:formKey"))).toList();
    }

    private void completeEmails() {
        resources.engine().activateJobs("send-email").forEach(job -> complete(job, Map.of()));
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        resources.engine().client().newCompleteCommand(job).variables(variables).send().join();
    }

}
