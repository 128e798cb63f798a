package uk.stpartnership.workflow.audits;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.meetings.MeetingWorkers;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up a baseline promises (docs/CASE-AUDITS.md, "The follow-up commitment"), over the API on real PostgreSQL
 * and the real engine; the job workers are off, so the test hands the agenda job to its worker, twice where a
 * redelivery would.
 */
@MicronautTest(transactional = false)
class AuditFollowUpTest extends WorkflowServiceTest {

    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person NEWHAM_LEAD = new Person("implementation-lead.newham", "newham", "IMPLEMENTATION_LEAD");
    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    AuditWorkers auditWorkers;
    @Inject
    MeetingWorkers meetingWorkers;

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBaselinePromisesItsFollowUpAndPlanningTheFollowUpStartsIt() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        String baseline = plan(baseline(today.plusMonths(1), today.plusMonths(6)));
        assertThat(followUpOf(baseline)).containsEntry("status", "PROMISED").containsEntry("dueOn", today.plusMonths(6).toString());
        long instance = eventually(() -> resources.engine().instancesWith("audit-follow-up", "roundId", baseline), found -> found.size() == 1)
                .get(0);

        String followUp = plan("""
                {"purpose": "FOLLOW_UP", "follows": "%s", "cohortDescription": "Closed to children's social care January to March 2023",
                 "dueOn": "%s", "auditors": ["champion.hackney"], "moderators": ["st-reviewer.hackney"]}""".formatted(baseline, today.plusMonths(7)));

        assertThat(followUpOf(baseline)).containsEntry("status", "STARTED").containsEntry("startedAs", followUp);
        assertThat(items(call(LEAD, "GET", "/internal/audits/rounds?page=0&size=20", null)))
                .filteredOn(round -> baseline.equals(round.get("id")))
                .singleElement().satisfies(round -> assertThat((Map<String, Object>) round.get("followUp")).containsEntry("status", "STARTED"));
        assertThat(map(call(LEAD, "GET", "/internal/audits/rounds/" + followUp, null)).get("followUp")).as("a follow-up promises none").isNull();
        eventually(() -> resources.engine().hasCompleted(instance), done -> done);
        assertThat(resources.engine().completedElements(instance)).contains("follow-up-started");

        HttpResponse<String> tooLate = call(PROJECT_MANAGER, "POST", "/internal/audits/rounds/" + baseline + "/follow-up/cancellation",
                "{\"decisionId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(409);
        assertThat(followUpOf(baseline)).containsEntry("status", "STARTED");
    }

    @Test
    void aMissedFollowUpGoesOnEachSteeringMeetingsAgendaOnceUntilAProjectManagerCancelsIt() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        LocalDate dueOn = today.plusDays(2);
        String baseline = plan(baseline(today.plusDays(1), dueOn));
        String reference = (String) map(call(LEAD, "GET", "/internal/audits/rounds/" + baseline, null)).get("reference");
        long instance = eventually(() -> resources.engine().instancesWith("audit-follow-up", "roundId", baseline), found -> found.size() == 1)
                .get(0);

        clock.moveTo(dueOn.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant());
        ActivatedJob missed = eventually(() -> resources.engine().activateJobs("audit-follow-up-missed"), jobs -> !jobs.isEmpty()).get(0);

        // No steering meeting planned yet: recorded as missed, looked at again in audits.follow-up.recheck.
        Map<String, Object> noMeeting = auditWorkers.followUpMissed(missed);
        assertThat(Instant.parse((String) noMeeting.get("nextSteeringAt"))).isAfter(clock.instant().plus(Duration.ofDays(13)));
        assertThat(followUpOf(baseline)).containsEntry("status", "MISSED").containsEntry("missedSince", dueOn.toString())
                .containsEntry("onAgendaOf", null);

        String meetingId = planSteeringMeeting();
        LocalDate meetingDay = LocalDate.parse(((String) map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + meetingId, null)).get("date")));
        Map<String, Object> onAgenda = auditWorkers.followUpMissed(missed);
        assertThat(auditWorkers.followUpMissed(missed)).as("handed over again").isEqualTo(onAgenda);
        assertThat(Instant.parse((String) onAgenda.get("nextSteeringAt")))
                .isEqualTo(meetingDay.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant());
        assertThat(resources.count("SELECT count(*) FROM workflow.agenda_item WHERE meeting_id = '" + meetingId
                + "' AND added_by = 'audit-follow-up' AND title LIKE 'Missed audit follow-up: " + reference + " (hackney)%'"))
                .as("once on this meeting's agenda").isEqualTo(1);
        assertThat((String) followUpOf(baseline).get("onAgendaOf")).endsWith("meeting on " + meetingDay.format(AuditFollowUp.DAY));

        resources.engine().client().newCompleteCommand(missed).variables(onAgenda).send().join();
        eventually(() -> emails.count("audit-follow-up-missed", "roundId", baseline), sent -> sent == 1);
        assertThat(emails.count("audit-follow-up-missed", "roundReference", reference)).isEqualTo(1);

        String path = "/internal/audits/rounds/" + baseline + "/follow-up/cancellation";
        assertThat(call(NEWHAM_LEAD, "POST", path, "{\"decisionId\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(404);
        assertThat(call(LEAD, "POST", path, "{\"decisionId\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(403);
        for (String bad : List.of("{\"decisionId\":\"" + UUID.randomUUID() + "\"}", "{\"decisionId\":\"the March meeting\"}", "{}")) {
            HttpResponse<String> refused = call(PROJECT_MANAGER, "POST", path, bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("\"field\":\"decisionId\"");
        }
        assertThat(followUpOf(baseline)).as("nothing stored").containsEntry("status", "MISSED").containsEntry("cancelledByDecision", null);

        String decision = recordDecision(meetingId, meetingDay);
        HttpResponse<String> cancelled = call(PROJECT_MANAGER, "POST", path, "{\"decisionId\":\"" + decision + "\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(followUpOf(baseline)).containsEntry("status", "CANCELLED").containsEntry("cancelledByDecision", decision)
                .containsEntry("cancelledBy", "project-manager.respect");
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE record_type = 'audit-round' AND record_id = '"
                + baseline + "' AND action = 'UPDATE' AND actor_id = 'project-manager.respect'")).isEqualTo(1);
        eventually(() -> resources.engine().hasCompleted(instance), done -> done);
        assertThat(resources.engine().completedElements(instance)).contains("follow-up-cancelled").doesNotContain("follow-up-started");

        assertThat(call(PROJECT_MANAGER, "POST", path, "{\"decisionId\":\"" + decision + "\"}").statusCode()).as("cancelled already")
                .isEqualTo(409);
    }

    @Test
    void aRoundThatPromisedNoFollowUpHasNoneToCancel() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        String routine = plan("""
                {"purpose": "ROUTINE", "cohortDescription": "Children on plans", "dueOn": "%s",
                 "auditors": ["st-reviewer.hackney"], "moderators": ["borough-lead.hackney"]}""".formatted(today.plusMonths(1)));

        assertThat(map(call(LEAD, "GET", "/internal/audits/rounds/" + routine, null)).get("followUp")).isNull();
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/audits/rounds/" + routine + "/follow-up/cancellation",
                "{\"decisionId\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(404);
        assertThat(resources.engine().instancesWith("audit-follow-up", "roundId", routine)).isEmpty();
    }

    /** A steering group series, and its first meeting planned as the series' process would. */
    private String planSteeringMeeting() {
        LocalDate first = LocalDate.now(clock.withZone(LONDON)).plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        HttpResponse<String> series = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", "{\"title\":\"Steering group\","
                + "\"group\":\"STEERING\",\"firstMeetingOn\":\"" + first + "\","
                + "\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":4,\"weekday\":\"THURSDAY\"},\"startTime\":\"10:00\","
                + "\"durationMinutes\":90,\"location\":\"Teams\",\"chair\":\"project-manager.respect\",\"organisation\":\"respect\","
                + "\"members\":[{\"person\":\"project-manager.respect\"},{\"role\":\"STEERING_GROUP_MEMBER\",\"organisation\":\"respect\"}],"
                + "\"agendaCallWorkingDays\":3,\"papersWorkingDays\":1,\"minutesApprovalWorkingDays\":3,\"quorum\":2}");
        assertThat(series.statusCode()).as(series.body()).isEqualTo(201);
        ActivatedJob plan = eventually(() -> resources.engine().activateJobs("plan-next-meeting"), jobs -> !jobs.isEmpty()).get(0);
        Map<String, Object> planned = meetingWorkers.planNextMeeting(plan);
        resources.engine().client().newCompleteCommand(plan).variables(planned).send().join();
        return (String) planned.get("meetingId");
    }

    /** A decision of the meeting, as recording its minutes would keep it. */
    private String recordDecision(String meetingId, LocalDate on) {
        String id = UUID.randomUUID().toString();
        resources.update("INSERT INTO workflow.decision (id, meeting_id, series_id, meeting_group, organisation, decided_on, wording, status,"
                + " recorded_at) SELECT '" + id + "', id, series_id, 'STEERING', 'respect', DATE '" + on + "',"
                + " 'Hackney follows up its baseline audit next year instead', 'OPEN', now() FROM workflow.meeting WHERE id = '" + meetingId + "'");
        return id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> followUpOf(String roundId) throws Exception {
        return (Map<String, Object>) map(call(LEAD, "GET", "/internal/audits/rounds/" + roundId, null)).get("followUp");
    }

    private String plan(String round) throws Exception {
        HttpResponse<String> planned = call(LEAD, "POST", "/internal/audits/rounds", round);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return (String) map(planned).get("id");
    }

    private static String baseline(LocalDate dueOn, LocalDate followUpDueOn) {
        return """
                {"purpose": "BASELINE", "cohortDescription": "Closed to children's social care April to June 2022, domestic abuse a factor",
                 "sampleSize": 10, "dueOn": "%s", "followUpDueOn": "%s",
                 "auditors": ["st-reviewer.hackney", "champion.hackney"], "moderators": ["borough-lead.hackney"]}"""
                .formatted(dueOn, followUpDueOn);
    }
}
