package uk.stpartnership.workflow.meetings;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A series names real people (ui-api's people directory, here its stand-in over the demo people) and a first meeting
 * chosen by the project manager leaves its lead times; otherwise 400 naming the field, and nothing is stored.
 */
@MicronautTest(transactional = false)
class SeriesRequestCheckTest extends WorkflowServiceTest {

    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    void aChairOrMemberWhoIsNotAPersonOfThePlatformIsRefusedNamingTheField() throws Exception {
        long before = resources.count("SELECT count(*) FROM workflow.meeting_series");
        var chair = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", series("nobody.respect", "borough-lead.hackney", null));
        assertThat(chair.statusCode()).as(chair.body()).isEqualTo(400);
        assertThat(map(chair)).containsEntry("field", "chair");
        var member = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", series("project-manager.respect", "borough-lead.nowhere", null));
        assertThat(member.statusCode()).as(member.body()).isEqualTo(400);
        assertThat(map(member)).containsEntry("field", "members[1].person");
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting_series")).isEqualTo(before);

        var real = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", series("project-manager.respect", "borough-lead.hackney", null));
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
    }

    @Test
    void aFirstMeetingWhoseCallForAgendaItemsIsAlreadyPastIsRefused() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long before = resources.count("SELECT count(*) FROM workflow.meeting_series");
        // Ten working days' call: a Tuesday at most eight days ahead is too soon.
        LocalDate tooSoon = today.plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var refused = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", series("project-manager.respect", "borough-lead.hackney", tooSoon));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(map(refused)).containsEntry("field", "firstMeetingOn");
        assertThat(refused.body()).contains("call for agenda items");
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting_series")).isEqualTo(before);

        LocalDate inTime = today.plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var accepted = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", series("project-manager.respect", "borough-lead.hackney", inTime));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(map(accepted)).containsEntry("firstMeetingOn", inTime.toString());
    }

    private static String series(String chair, String member, LocalDate firstMeetingOn) {
        return "{\"title\":\"Operational group\",\"group\":\"OPERATIONAL\",\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":1,\"weekday\":\"TUESDAY\"},"
                + "\"startTime\":\"10:00\",\"durationMinutes\":90,\"location\":\"Hackney Town Hall\",\"chair\":\"" + chair + "\","
                + "\"organisation\":\"respect\",\"members\":[{\"person\":\"project-manager.respect\"},{\"person\":\"" + member + "\"}],"
                + "\"agendaCallWorkingDays\":10,\"papersWorkingDays\":2,\"minutesApprovalWorkingDays\":5,\"quorum\":1"
                + (firstMeetingOn == null ? "" : ",\"firstMeetingOn\":\"" + firstMeetingOn + "\"") + "}";
    }
}
