package uk.stpartnership.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.meetings.Cadence;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.stpartnership.workflow.TestPeople.PROJECT_MANAGER;
import static uk.stpartnership.workflow.TestPeople.STEERING_MEMBER;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_LEAD;
import static uk.stpartnership.workflow.TestPeople.NEWHAM_LEAD;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_OWNER;
import static uk.stpartnership.workflow.TestPeople.NEWHAM_OWNER;
import static uk.stpartnership.workflow.TestPeople.TOWER_HAMLETS_OWNER;
import static uk.stpartnership.workflow.TestPeople.PRACTITIONER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A governance cycle through workflow-service's API, its workers running against the real engine (with the
 * governance models) and PostgreSQL. The service's clock moves with the engine's. Emails are the
 * notification-service's: here the test takes each send-email job, checks that its template has its variables,
 * and completes it.
 */
@MicronautTest(transactional = false)
class GovernanceCycleTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Someone at the meeting who is not a platform user, as the chair typed them. */
    private static final String GUEST = "guest-marker: dr rivers of the refuge";

    /**
     * Everything people type in a governance cycle (places, agenda items, outcomes, actions, attendees, notes): it stays
     * in workflow-service's tables, never in the engine or a log. Series titles are configuration and may be logged.
     */
    private final TypedTexts typed = new TypedTexts(List.of("Hackney Town Hall, Room 2", "Newham Town Hall", "meet.st-partnership.test/steering",
            "Matched funding", "Evaluation fieldwork", "docs.st-partnership.test/funding.pdf", "Hackney matched funding signed off",
            "Newham matched funding signed off", "Share the evaluation timetable", "Formalise the matched funding commitment",
            "Key decisions were not followed up", "starts in January", "formalises its matched funding by a cabinet paper", GUEST,
            "Signed off by the director on 3 December", "Signed off at cabinet", "As circulated", "Overdue actions first"));

    @BeforeEach
    void watchLogs() {
        typed.watchLogs();
    }

    @AfterEach
    void nothingTypedReachedTheEngineOrALog() {
        typed.assertNoneReachedTheEngineOrALog(resources.engine());
    }

    @Test
    void fromASeriesToAnImplementedDecisionWithOverdueActionsEscalated() throws Exception {
        // A series: the project manager only; the first meeting is planned at once.
        assertThat(call(HACKNEY_LEAD, "POST", "/internal/meeting-series", operationalGroup()).statusCode()).isEqualTo(403);
        var created = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", operationalGroup());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String seriesId = (String) map(created).get("id");
        assertThat(map(created)).containsEntry("startTime", "10:00").containsEntry("status", "OPEN");
        Map<String, Object> first = eventually(() -> upcoming(PROJECT_MANAGER, seriesId), meetings -> !meetings.isEmpty()).get(0);
        String meetingId = (String) first.get("id");
        Map<String, Object> meeting = map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + meetingId, null));
        LocalDate meetingDay = LocalDate.parse((String) meeting.get("date"));
        assertThat(meetingDay.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(Instant.parse((String) meeting.get("scheduledAt"))).isEqualTo(meetingDay.atTime(10, 0).atZone(LONDON).toInstant());
        assertThat(meeting).containsEntry("status", "PLANNED").containsEntry("agendaOpen", true).containsEntry("chair", PROJECT_MANAGER.id());

        // Members (here by role in their borough) see the series; others are told it does not exist.
        assertThat(items(call(HACKNEY_LEAD, "GET", "/internal/meeting-series", null))).extracting(s -> s.get("id")).containsExactly(seriesId);
        assertThat(items(call(PRACTITIONER, "GET", "/internal/meeting-series", null))).isEmpty();
        assertThat(call(PRACTITIONER, "GET", "/internal/meeting-series/" + seriesId, null).statusCode()).isEqualTo(404);
        assertThat(call(PRACTITIONER, "GET", "/internal/meetings/" + meetingId, null).statusCode()).isEqualTo(404);
        assertThat(call(HACKNEY_LEAD, "PUT", "/internal/meeting-series/" + seriesId, operationalGroup()).statusCode()).isEqualTo(403);
        assertThat(call(PRACTITIONER, "POST", "/internal/meeting-series/" + seriesId + "/close", null).statusCode()).isEqualTo(404);

        // A change, sent back as it was read, applies from the next meeting planned.
        @SuppressWarnings("unchecked")
        Map<String, Object> asRead = (Map<String, Object>) map(call(PROJECT_MANAGER, "GET", "/internal/meeting-series/" + seriesId, null)).get("series");
        asRead.put("location", "Newham Town Hall");
        var changed = call(PROJECT_MANAGER, "PUT", "/internal/meeting-series/" + seriesId, json.writeValueAsString(asRead));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(map(changed)).containsEntry("location", "Newham Town Hall");
        asRead.put("firstMeetingOn", meetingDay.plusWeeks(1).toString());
        assertThat(map(call(PROJECT_MANAGER, "PUT", "/internal/meeting-series/" + seriesId, json.writeValueAsString(asRead))))
                .containsEntry("field", "firstMeetingOn");
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + meetingId, null))).containsEntry("location", "Hackney Town Hall, Room 2");

        // The agenda call lists the open actions (none yet); members add items while the agenda is open.
        clock.moveTo(Instant.parse((String) meeting.get("agendaCallAt")));
        EmailJobs.Email call = eventually(() -> emails.first("agenda-call", meetingId), found -> found != null);
        assertThat(call.headers()).containsEntry("letter", "meeting");
        assertThat(call.variables()).containsEntry("openActionsSummary", "None").containsEntry("meetingTitle", "Operational group");
        assertThat(call.variables().get("recipients")).isEqualTo(call.variables().get("members"));
        var badItem = call(HACKNEY_LEAD, "POST", "/internal/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Matched funding\",\"purpose\":\"DECISION\",\"papers\":[\"not a link\"]}");
        assertThat(badItem.statusCode()).isEqualTo(400);
        assertThat(map(badItem)).containsEntry("field", "papers[0]");
        assertThat(call(PRACTITIONER, "POST", "/internal/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"x\",\"purpose\":\"DISCUSSION\"}").statusCode()).isEqualTo(404);
        var funding = call(HACKNEY_LEAD, "POST", "/internal/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Matched funding\",\"purpose\":\"DECISION\",\"papers\":[\"https://docs.st-partnership.test/funding.pdf\"]}");
        assertThat(funding.statusCode()).as(funding.body()).isEqualTo(201);
        assertThat(map(funding)).containsEntry("position", 1).containsEntry("owner", HACKNEY_LEAD.id());
        String fundingItem = (String) map(funding).get("id");
        var evaluation = call(PROJECT_MANAGER, "POST", "/internal/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Evaluation fieldwork\",\"purpose\":\"INFORMATION\",\"owner\":\"evaluator.respect\"}");
        assertThat(evaluation.statusCode()).isEqualTo(201);
        String evaluationItem = (String) map(evaluation).get("id");

        // The agenda closes: the chair finalises it, and the pack goes out with the invitation.
        clock.moveTo(Instant.parse((String) meeting.get("agendaClosesAt")));
        assertThat(call(HACKNEY_LEAD, "POST", "/internal/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Late item\",\"purpose\":\"DISCUSSION\"}").statusCode()).isEqualTo(409);
        Map<String, Object> finalise = eventually(() -> task(PROJECT_MANAGER, "finalise-agenda", meetingId), found -> found != null);
        assertThat(complete(PROJECT_MANAGER, finalise, "{\"agendaConfirmed\":true}").statusCode()).isEqualTo(200);
        EmailJobs.Email pack = eventually(() -> emails.first("agenda-pack", meetingId), found -> found != null);
        assertThat((String) pack.variables().get("agendaSummary")).contains("1. Matched funding").contains("2. Evaluation fieldwork")
                .contains("https://docs.st-partnership.test/funding.pdf").doesNotContain("From the chair");
        assertThat(pack.variables()).containsEntry("location", "Hackney Town Hall, Room 2");
        String ics = (String) pack.variables().get(pack.headers().get("attachment"));
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n ", "")).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nMETHOD:REQUEST\r\n")
                .contains("\r\nUID:" + meetingId + "@st-partnership.test\r\n")
                .contains("\r\nDTSTART:" + utc(meeting.get("scheduledAt")) + "\r\n")
                .contains("\r\nORGANIZER;CN=\"project-manager.respect\":mailto:project-manager.respect@st-partnership.test\r\n")
                .endsWith("END:VCALENDAR\r\n");

        // The meeting is held: minutes with typed outcomes, checked before anything is kept.
        clock.moveTo(Instant.parse((String) meeting.get("scheduledAt")));
        Map<String, Object> record = eventually(() -> task(PROJECT_MANAGER, "record-meeting", meetingId), found -> found != null);
        @SuppressWarnings("unchecked") Map<String, Object> listed = (Map<String, Object>) record.get("context");
        assertThat(listed).doesNotContainKeys("meetingTitle", "location", "agendaSummary");
        // The chair sees the meeting's title, place and agenda: read from the meeting when the task is viewed.
        @SuppressWarnings("unchecked") Map<String, Object> recordContext = (Map<String, Object>) map(call(PROJECT_MANAGER, "GET",
                "/internal/tasks/" + record.get("key"), null)).get("context");
        assertThat(recordContext).containsEntry("meetingTitle", "Operational group").containsEntry("location", "Hackney Town Hall, Room 2");
        assertThat((String) recordContext.get("agendaSummary")).startsWith("1. Matched funding");
        LocalDate hackneyDue = meetingDay.plusDays(7);
        LocalDate newhamDue = meetingDay.plusDays(14);
        LocalDate towerHamletsDue = meetingDay.plusDays(21);
        Map<String, Object> fundingAction = action("Hackney matched funding signed off", HACKNEY_OWNER.id(), "hackney", hackneyDue);
        Map<String, Object> newhamAction = action("Newham matched funding signed off", NEWHAM_OWNER.id(), "newham", newhamDue);
        Map<String, Object> noOwner = new LinkedHashMap<>(newhamAction);
        noOwner.remove("owner");
        assertRefused(record, minutes(fundingItem, evaluationItem, fundingAction, noOwner, towerHamletsDue), "outcomes[0].actions[1].owner");
        assertRefused(record, minutes(fundingItem, evaluationItem, fundingAction,
                action("Too early", NEWHAM_OWNER.id(), "newham", meetingDay.minusDays(1)), towerHamletsDue), "outcomes[0].actions[1].dueDate");
        assertRefused(record, minutes(java.util.UUID.randomUUID().toString(), evaluationItem, fundingAction, newhamAction,
                towerHamletsDue), "outcomes[0].agendaItemId");
        assertThat(resources.count("SELECT count(*) FROM workflow.decision")).isZero();
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/tasks/" + record.get("key"), null))).containsEntry("status", "OPEN");
        var recorded = complete(PROJECT_MANAGER, record, minutes(fundingItem, evaluationItem, fundingAction, newhamAction, towerHamletsDue));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        Map<String, Object> decision = eventually(() -> decisions(PROJECT_MANAGER, "status=OPEN"), found -> found.size() == 1).get(0);
        assertThat(decision).containsEntry("group", "OPERATIONAL").containsEntry("decidedOn", meetingDay.toString())
                .containsEntry("meetingId", meetingId);
        assertThat((List<?>) decision.get("actions")).hasSize(2);
        Map<String, Object> minutes = map(call(HACKNEY_LEAD, "GET", "/internal/meetings/" + meetingId, null));
        assertThat(minutes).containsEntry("status", "HELD");
        @SuppressWarnings("unchecked") Map<String, Object> kept = (Map<String, Object>) minutes.get("minutes");
        assertThat(kept).containsEntry("quorumMet", true).containsEntry("attendees",
                List.of("borough-lead.hackney", "borough-lead.newham", GUEST, "project-manager.respect"));
        assertThat((List<?>) kept.get("outcomes")).hasSize(3);

        // Actions: one's borough and one's own; partnership-wide roles see all.
        assertThat(eventually(() -> actions(PROJECT_MANAGER, ""), found -> found.size() == 3)).extracting(a -> a.get("borough"))
                .containsExactly("hackney", "newham", "tower-hamlets");
        assertThat(actions(HACKNEY_LEAD, "")).extracting(a -> a.get("owner")).containsExactly(HACKNEY_OWNER.id());
        assertThat(actions(NEWHAM_OWNER, "")).extracting(a -> a.get("title")).containsExactly("Newham matched funding signed off");
        assertThat(actions(NEWHAM_LEAD, "borough=hackney")).isEmpty();
        assertThat(actions(PRACTITIONER, "")).hasSize(1);
        assertThat(actions(STEERING_MEMBER, "borough=newham&status=OPEN")).hasSize(1);

        // One action done from the owner's inbox; the decision stays open while the other is not.
        Map<String, Object> hackneyTask = eventually(() -> task(HACKNEY_OWNER, "complete-action", null), found -> found != null);
        assertThat(hackneyTask).containsEntry("assignee", HACKNEY_OWNER.id()).containsEntry("borough", "hackney");
        @SuppressWarnings("unchecked") Map<String, Object> actionContext = (Map<String, Object>) map(call(HACKNEY_OWNER, "GET",
                "/internal/tasks/" + hackneyTask.get("key"), null)).get("context");
        assertThat(actionContext).containsEntry("actionTitle", "Hackney matched funding signed off").containsEntry("meetingTitle", "Operational group");
        assertThat(call(HACKNEY_LEAD, "GET", "/internal/tasks/" + hackneyTask.get("key"), null).statusCode())
                .as("the borough's lead sees the action's task").isEqualTo(200);
        assertThat(complete(HACKNEY_OWNER, hackneyTask, "{}").statusCode()).isEqualTo(400);
        assertThat(complete(HACKNEY_OWNER, hackneyTask, "{\"doneNote\":\"Signed off by the director on 3 December\"}").statusCode()).isEqualTo(200);
        Map<String, Object> hackney = eventually(() -> actions(HACKNEY_OWNER, "status=DONE"), found -> found.size() == 1).get(0);
        assertThat(hackney).containsEntry("doneNote", "Signed off by the director on 3 December").containsEntry("doneBy", HACKNEY_OWNER.id());
        assertThat(history(hackney)).containsExactly("CREATED", "DONE");
        assertThat(decisions(PROJECT_MANAGER, "status=OPEN")).hasSize(1);

        // The chair approves the minutes.
        Map<String, Object> approve = eventually(() -> task(PROJECT_MANAGER, "approve-minutes", meetingId), found -> found != null);
        assertThat(complete(PROJECT_MANAGER, approve, "{\"approved\":true,\"note\":\"As circulated\"}").statusCode()).isEqualTo(200);
        assertThat(kept(meetingId)).containsEntry("approvedBy", PROJECT_MANAGER.id()).containsEntry("approvalNote", "As circulated");

        // Newham's action falls overdue (escalated at the end of its due day) before any steering meeting is
        // planned: it waits for the next one.
        clock.moveTo(newhamDue.plusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
        Map<String, Object> newham = eventually(() -> actions(NEWHAM_OWNER, "overdue=true"), found -> found.size() == 1
                && Boolean.TRUE.equals(found.get(0).get("escalated"))).get(0);
        assertThat(history(newham)).containsExactly("CREATED", "ESCALATED");
        @SuppressWarnings("unchecked")
        Map<String, Object> escalation = ((List<Map<String, Object>>) newham.get("history")).get(1);
        assertThat(escalation).containsEntry("note", "Waiting for the next steering group meeting to be planned");
        EmailJobs.Email overdue = eventually(() -> emails.first("action-overdue", null), found -> found != null);
        assertThat(overdue.headers()).containsEntry("letter", "action");
        assertThat(overdue.variables()).containsEntry("actionTitle", "Newham matched funding signed off")
                .containsEntry("owner", NEWHAM_OWNER.id());
        assertThat(emails.first("action-reminder", null).variables()).containsEntry("meetingTitle", "Operational group");

        // The steering group's first meeting takes it on its agenda; Tower Hamlets' goes straight onto it when overdue.
        LocalDate steeringDay = Cadence.monthly(2, DayOfWeek.THURSDAY).nextOnOrAfter(towerHamletsDue.plusDays(14), towerHamletsDue);
        var steering = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", steeringGroup(steeringDay));
        assertThat(steering.statusCode()).as(steering.body()).isEqualTo(201);
        String steeringSeriesId = (String) map(steering).get("id");
        String steeringMeetingId = (String) eventually(() -> upcoming(STEERING_MEMBER, steeringSeriesId), found -> !found.isEmpty()).get(0).get("id");
        assertThat(agendaTitles(steeringMeetingId)).containsExactly(
                "Overdue action: Newham matched funding signed off (implementation-lead.newham, newham, due " + newhamDue + ")");
        clock.moveTo(towerHamletsDue.atTime(17, 0).atZone(LONDON).toInstant());
        eventually(() -> agendaTitles(steeringMeetingId), titles -> titles.size() == 2);
        assertThat(agendaTitles(steeringMeetingId).get(1)).startsWith("Overdue action: Share the evaluation timetable");

        // The next day, the steering overview: open decisions, who is behind, minutes to approve.
        clock.moveTo(towerHamletsDue.plusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
        assertThat(call(HACKNEY_LEAD, "GET", "/internal/steering/overview", null).statusCode()).isEqualTo(403);
        Map<String, Object> overview = map(call(STEERING_MEMBER, "GET", "/internal/steering/overview?size=10", null));
        assertThat(page(overview, "openDecisions")).extracting(d -> d.get("id")).containsExactly(decision.get("id"));
        assertThat(page(overview, "overdueActions")).extracting(o -> o.get("owner"))
                .containsExactly(NEWHAM_OWNER.id(), TOWER_HAMLETS_OWNER.id());
        assertThat(page(overview, "minutesNotApproved")).isNotEmpty().extracting(m -> m.get("id")).doesNotContain(meetingId);

        // Newham's action done, though late: the decision is implemented.
        Map<String, Object> newhamTask = eventually(() -> task(NEWHAM_OWNER, "complete-action", null), found -> found != null);
        assertThat(complete(NEWHAM_OWNER, newhamTask, "{\"doneNote\":\"Signed off at cabinet\"}").statusCode()).isEqualTo(200);
        eventually(() -> decisions(PROJECT_MANAGER, "status=IMPLEMENTED"), found -> found.size() == 1);
        assertThat(history(actions(NEWHAM_OWNER, "").get(0))).containsExactly("CREATED", "ESCALATED", "DONE");

        // The decision log: by words of the wording or the rationale, group, status and dates; members only.
        assertThat(decisions(PROJECT_MANAGER, "q=matched%20funding")).hasSize(1);
        assertThat(decisions(PROJECT_MANAGER, "q=followed")).as("rationale").hasSize(1);
        assertThat(decisions(PROJECT_MANAGER, "q=budget")).isEmpty();
        assertThat(decisions(HACKNEY_LEAD, "group=OPERATIONAL&status=IMPLEMENTED&from=" + meetingDay + "&to=" + meetingDay)).hasSize(1);
        assertThat(decisions(HACKNEY_LEAD, "group=STEERING")).isEmpty();
        assertThat(decisions(NEWHAM_LEAD, "borough=newham")).hasSize(1);
        assertThat(decisions(PROJECT_MANAGER, "borough=redbridge")).isEmpty();
        assertThat(decisions(PRACTITIONER, "")).isEmpty();
        var backwards = call(PROJECT_MANAGER, "GET", "/internal/decisions?from=2027-02-01&to=2027-01-01", null);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(map(backwards)).containsEntry("field", "to");
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/decisions?status=DONE", null))).containsEntry("field", "status");

        // The steering group meets and takes a decision that supersedes the operational one; without follow-up
        // actions of its own it is implemented at once.
        Map<String, Object> steeringMeeting = map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + steeringMeetingId, null));
        clock.moveTo(Instant.parse((String) steeringMeeting.get("agendaClosesAt")));
        Map<String, Object> finaliseSteering = eventually(() -> task(PROJECT_MANAGER, "finalise-agenda", steeringMeetingId), found -> found != null);
        assertThat(complete(PROJECT_MANAGER, finaliseSteering, "{\"agendaConfirmed\":true,\"note\":\"Overdue actions first\"}").statusCode()).isEqualTo(200);
        assertThat((String) eventually(() -> emails.first("agenda-pack", steeringMeetingId), found -> found != null).variables()
                .get("agendaSummary")).as("the chair's note goes with the pack").endsWith("From the chair: Overdue actions first");
        clock.moveTo(Instant.parse((String) steeringMeeting.get("scheduledAt")));
        Map<String, Object> recordSteering = eventually(() -> task(PROJECT_MANAGER, "record-meeting", steeringMeetingId), found -> found != null);
        @SuppressWarnings("unchecked")
        String overdueItem = (String) ((List<Map<String, Object>>) steeringMeeting.get("agendaItems")).get(0).get("id");
        String operationalDecision = (String) decision.get("id");
        assertRefused(recordSteering, steeringMinutes(overdueItem, "INFORMATION", operationalDecision), "outcomes[0].supersedes");
        assertRefused(recordSteering, steeringMinutes(overdueItem, "DECISION", java.util.UUID.randomUUID().toString()), "outcomes[0].supersedes");
        assertThat(complete(PROJECT_MANAGER, recordSteering, steeringMinutes(overdueItem, "DECISION", operationalDecision)).statusCode()).isEqualTo(200);
        Map<String, Object> superseded = eventually(() -> decisions(PROJECT_MANAGER, "status=SUPERSEDED"), found -> found.size() == 1).get(0);
        Map<String, Object> steeringDecision = decisions(STEERING_MEMBER, "group=STEERING").get(0);
        assertThat(superseded).containsEntry("id", operationalDecision).containsEntry("supersededBy", steeringDecision.get("id"));
        assertThat(steeringDecision).containsEntry("status", "IMPLEMENTED").containsEntry("supersedes", operationalDecision);

        // A meeting called off: its open tasks close and members are told.
        Map<String, Object> next = upcoming(PROJECT_MANAGER, seriesId).get(0);
        String nextId = (String) next.get("id");
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + nextId, null))).containsEntry("location", "Newham Town Hall");
        Map<String, Object> nextFinalise = eventually(() -> task(PROJECT_MANAGER, "finalise-agenda", nextId), found -> found != null);
        assertThat(call(HACKNEY_LEAD, "POST", "/internal/meetings/" + nextId + "/cancel", null).statusCode()).isEqualTo(403);
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/meetings/" + nextId + "/cancel", null).statusCode()).isEqualTo(202);
        eventually(() -> map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + nextId, null)).get("status"), "CANCELLED"::equals);
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/tasks/" + nextFinalise.get("key"), null))).containsEntry("status", "CLOSED");
        eventually(() -> emails.first("meeting-cancelled", nextId), found -> found != null);
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/meetings/" + nextId + "/cancel", null).statusCode()).isEqualTo(409);

        // The series closed: no more meetings, no more changes.
        var closed = call(PROJECT_MANAGER, "POST", "/internal/meeting-series/" + seriesId + "/close", null);
        assertThat(map(closed)).containsEntry("status", "CLOSED");
        assertThat(call(PROJECT_MANAGER, "PUT", "/internal/meeting-series/" + seriesId, operationalGroup()).statusCode()).isEqualTo(409);
        long planned = resources.count("SELECT count(*) FROM workflow.meeting WHERE series_id = '" + seriesId + "'");
        clock.moveTo(clock.instant().plus(Duration.ofDays(35)));
        emails.deliver();
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting WHERE series_id = '" + seriesId + "'")).isEqualTo(planned);
    }

    @Test
    void badSeriesAreRefusedByFieldAndStoreNothing() throws Exception {
        long before = resources.count("SELECT count(*) FROM workflow.meeting_series");
        String body = operationalGroup().replace("\"quorum\":3", "\"quorum\":0").replace("\"title\":\"Operational group\"", "\"title\":\"\"")
                .replace("{\"role\":\"BOROUGH_LEAD\",\"organisation\":\"hackney\"}", "{\"role\":\"BOROUGH_LEAD\"}");
        var bad = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", body);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(map(bad)).containsEntry("field", "quorum");
        assertThat(bad.body()).contains("\"title\"");
        var member = call(PROJECT_MANAGER, "POST", "/internal/meeting-series",
                operationalGroup().replace("{\"role\":\"BOROUGH_LEAD\",\"organisation\":\"hackney\"}", "{\"role\":\"BOROUGH_LEAD\"}"));
        assertThat(map(member)).containsEntry("field", "members[1]");
        var monthly = call(PROJECT_MANAGER, "POST", "/internal/meeting-series",
                operationalGroup().replace("\"kind\":\"WEEKLY\"", "\"kind\":\"MONTHLY\""));
        assertThat(map(monthly)).containsEntry("field", "cadence.weekOfMonth");
        var offCadence = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", operationalGroup()
                .replace("\"quorum\":3", "\"quorum\":3,\"firstMeetingOn\":\"" + LocalDate.now(clock).plusWeeks(2).with(DayOfWeek.WEDNESDAY) + "\""));
        assertThat(map(offCadence)).containsEntry("field", "firstMeetingOn");
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/meeting-series", "{not json").statusCode()).isEqualTo(400);
        assertThat(call(HACKNEY_LEAD, "POST", "/internal/meeting-series", body).statusCode()).as("a 403 before any 400").isEqualTo(403);
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/meeting-series?size=101", null))).containsEntry("field", "size");
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting_series")).isEqualTo(before);
    }

    private static String operationalGroup() {
        return "{\"title\":\"Operational group\",\"group\":\"OPERATIONAL\",\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":2,\"weekday\":\"TUESDAY\"},"
                + "\"startTime\":\"10:00\",\"durationMinutes\":90,\"location\":\"Hackney Town Hall, Room 2\",\"chair\":\"project-manager.respect\","
                + "\"organisation\":\"respect\",\"members\":[{\"person\":\"project-manager.respect\"},"
                + "{\"role\":\"BOROUGH_LEAD\",\"organisation\":\"hackney\"},{\"role\":\"BOROUGH_LEAD\",\"organisation\":\"newham\"},"
                + "{\"role\":\"IMPLEMENTATION_LEAD\",\"organisation\":\"hackney\"},{\"role\":\"IMPLEMENTATION_LEAD\",\"organisation\":\"newham\"}],"
                + "\"agendaCallWorkingDays\":5,\"papersWorkingDays\":2,\"minutesApprovalWorkingDays\":5,\"quorum\":3}";
    }

    private static String steeringGroup(LocalDate firstMeetingOn) {
        return "{\"title\":\"Steering group\",\"group\":\"STEERING\",\"cadence\":{\"kind\":\"MONTHLY\",\"weekOfMonth\":2,\"weekday\":\"THURSDAY\"},"
                + "\"startTime\":\"14:00\",\"durationMinutes\":120,\"location\":\"https://meet.st-partnership.test/steering\","
                + "\"chair\":\"project-manager.respect\",\"organisation\":\"respect\",\"members\":[{\"person\":\"project-manager.respect\"},"
                + "{\"role\":\"STEERING_GROUP_MEMBER\",\"organisation\":\"respect\"},{\"role\":\"BOROUGH_LEAD\",\"organisation\":\"hackney\"}],"
                + "\"agendaCallWorkingDays\":5,\"papersWorkingDays\":2,\"minutesApprovalWorkingDays\":5,\"quorum\":2,"
                + "\"firstMeetingOn\":\"" + firstMeetingOn + "\"}";
    }

    private static Map<String, Object> action(String title, String owner, String borough, LocalDate due) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("title", title);
        action.put("owner", owner);
        action.put("borough", borough);
        action.put("dueDate", due.toString());
        return action;
    }

    /** A decision with two follow-up actions, information, and an action agreed on its own. */
    private String minutes(String fundingItem, String evaluationItem, Map<String, Object> first, Map<String, Object> second,
                           LocalDate towerHamletsDue) throws Exception {
        return json.writeValueAsString(Map.of(
                "attendees", List.of("project-manager.respect", "borough-lead.hackney", "borough-lead.newham", GUEST),
                "outcomes", List.of(
                        Map.of("agendaItemId", fundingItem, "type", "DECISION",
                                "wording", "Formalise the matched funding commitment in every borough",
                                "rationale", "Key decisions were not followed up across the boroughs", "actions", List.of(first, second)),
                        Map.of("agendaItemId", evaluationItem, "type", "INFORMATION", "wording", "Evaluation fieldwork starts in January"),
                        Map.of("agendaItemId", evaluationItem, "type", "ACTION", "wording", "Share the evaluation timetable",
                                "actions", List.of(action("Share the evaluation timetable", TOWER_HAMLETS_OWNER.id(), "tower-hamlets",
                                        towerHamletsDue))))));
    }

    private String steeringMinutes(String agendaItem, String type, String supersedes) throws Exception {
        return json.writeValueAsString(Map.of(
                "attendees", List.of("project-manager.respect", "steering-group-member.respect"),
                "outcomes", List.of(Map.of("agendaItemId", agendaItem, "type", type,
                        "wording", "Each borough formalises its matched funding by a cabinet paper", "supersedes", supersedes))));
    }

    private void assertRefused(Map<String, Object> task, String answers, String field) throws Exception {
        var refused = complete(PROJECT_MANAGER, task, answers);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(map(refused)).containsEntry("field", field);
    }

    private HttpResponse<String> complete(Person person, Map<String, Object> task, String answers) {
        return call(person, "POST", "/internal/tasks/" + task.get("key") + "/complete", answers);
    }

    /** The person's open task of a kind (for a meeting, when given), or null. */
    private Map<String, Object> task(Person person, String kind, String meetingId) throws Exception {
        emails.deliver();
        return items(call(person, "GET", "/internal/tasks?size=100", null)).stream()
                .filter(task -> kind.equals(task.get("kind")))
                .filter(task -> meetingId == null || meetingId.equals(((Map<?, ?>) task.get("context")).get("meetingId")))
                .findFirst().orElse(null);
    }

    private List<Map<String, Object>> upcoming(Person person, String seriesId) throws Exception {
        emails.deliver();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) map(call(person, "GET", "/internal/meeting-series/" + seriesId, null))
                .get("upcomingMeetings");
        return meetings;
    }

    private List<String> agendaTitles(String meetingId) throws Exception {
        emails.deliver();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + meetingId, null))
                .get("agendaItems");
        return items.stream().map(item -> (String) item.get("title")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> kept(String meetingId) throws Exception {
        return (Map<String, Object>) map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + meetingId, null)).get("minutes");
    }

    private List<Map<String, Object>> decisions(Person person, String query) throws Exception {
        emails.deliver();
        return items(call(person, "GET", "/internal/decisions?" + query, null));
    }

    private List<Map<String, Object>> actions(Person person, String query) throws Exception {
        emails.deliver();
        return items(call(person, "GET", "/internal/actions?" + query, null));
    }

    @SuppressWarnings("unchecked")
    private static List<String> history(Map<String, Object> action) {
        return ((List<Map<String, Object>>) action.get("history")).stream().map(entry -> (String) entry.get("event")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> page(Map<String, Object> response, String name) {
        return (List<Map<String, Object>>) ((Map<String, Object>) response.get(name)).get("items");
    }

    private static String utc(Object instant) {
        return Instant.parse((String) instant).toString().replace("-", "").replace(":", "");
    }

}
