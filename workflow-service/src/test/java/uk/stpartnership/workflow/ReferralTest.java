package uk.stpartnership.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static uk.stpartnership.workflow.TestPeople.PROJECT_MANAGER;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_LEAD;
import static uk.stpartnership.workflow.TestPeople.PRACTITIONER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An operational group's agenda item referred to the steering group's next agenda, with where it came from. */
@MicronautTest(transactional = false)
class ReferralTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @Test
    void anOperationalItemGoesOnTheNextSteeringAgendaOnceWithItsPapersAndOrigin() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String operationalMeeting = firstMeetingOf(series("Operational group", "OPERATIONAL", today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))));
        String steeringMeeting = firstMeetingOf(series("Steering group", "STEERING", today.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))));

        var added = call(HACKNEY_LEAD, "POST", "/internal/meetings/" + operationalMeeting + "/agenda-items",
                "{\"title\":\"Match funding is not yet signed off in every borough\",\"purpose\":\"DECISION\",\"papers\":[\"https://example.org/match-funding\"]}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String itemId = (String) map(added).get("id");
        String refer = "/internal/meetings/" + operationalMeeting + "/agenda-items/" + itemId + "/refer";

        assertThat(call(HACKNEY_LEAD, "POST", refer, null).statusCode()).isEqualTo(403);
        assertThat(call(PRACTITIONER, "POST", refer, null).statusCode()).isEqualTo(404);
        var referred = call(PROJECT_MANAGER, "POST", refer, null);
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        assertThat(map(call(PROJECT_MANAGER, "POST", refer, null))).containsEntry("id", map(referred).get("id"));

        List<Map<String, Object>> steeringAgenda = agendaOf(steeringMeeting);
        assertThat(steeringAgenda).hasSize(1);
        assertThat(steeringAgenda.get(0)).containsEntry("referredFrom", itemId).containsEntry("purpose", "DECISION")
                .containsEntry("papers", List.of("https://example.org/match-funding"));
        assertThat((String) steeringAgenda.get(0).get("title"))
                .startsWith("Referred by the Operational group meeting on").endsWith("Match funding is not yet signed off in every borough");

        String steeringItem = (String) steeringAgenda.get(0).get("id");
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/meetings/" + steeringMeeting + "/agenda-items/" + steeringItem + "/refer", null)
                .statusCode()).isEqualTo(409);
    }

    private String series(String title, String group, LocalDate firstMeeting) throws Exception {
        var created = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", """
                {"title":"%s","group":"%s","cadence":{"kind":"WEEKLY","everyWeeks":2,"weekday":"%s"},
                 "startTime":"10:00","durationMinutes":90,"location":"Hackney Town Hall","chair":"project-manager.respect",
                 "organisation":"respect","members":[{"person":"project-manager.respect"},{"role":"BOROUGH_LEAD","organisation":"hackney"}],
                 "agendaCallWorkingDays":5,"papersWorkingDays":2,"minutesApprovalWorkingDays":5,"quorum":2,"firstMeetingOn":"%s"}"""
                .formatted(title, group, firstMeeting.getDayOfWeek(), firstMeeting));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) map(created).get("id");
    }

    @SuppressWarnings("unchecked")
    private String firstMeetingOf(String seriesId) {
        return await().until(() -> (List<Map<String, Object>>) map(call(PROJECT_MANAGER, "GET", "/internal/meeting-series/" + seriesId, null))
                .get("upcomingMeetings"), meetings -> !meetings.isEmpty()).get(0).get("id").toString();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> agendaOf(String meetingId) throws Exception {
        return (List<Map<String, Object>>) map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + meetingId, null)).get("agendaItems");
    }

}
