package uk.stpartnership.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_LEAD;
import static uk.stpartnership.workflow.TestPeople.PROJECT_MANAGER;

/**
 * The pages' read-only governance routes: a cadence's next six meeting days before a series is saved (the days the
 * series would be planned on), and one decision or action, not found when there is none the person may see.
 */
@MicronautTest(transactional = false)
class SeriesPreviewTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    void aNewSeriesPreviewsTheDaysItWouldBePlannedOnAndStoresNothing() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        long before = ((Number) map(call(PROJECT_MANAGER, "GET", "/internal/meeting-series", null)).get("total")).longValue();
        LocalDate first = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var chosen = call(PROJECT_MANAGER, "POST", "/internal/meeting-series/preview",
                "{\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":2,\"weekday\":\"TUESDAY\"},\"agendaCallWorkingDays\":5,"
                        + "\"organisation\":\"respect\",\"firstMeetingOn\":\"" + first + "\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(map(chosen).get("dates")).isEqualTo(List.of(first, first.plusWeeks(2), first.plusWeeks(4), first.plusWeeks(6),
                first.plusWeeks(8), first.plusWeeks(10)).stream().map(LocalDate::toString).toList());

        var monthly = map(call(PROJECT_MANAGER, "POST", "/internal/meeting-series/preview",
                "{\"cadence\":{\"kind\":\"MONTHLY\",\"weekOfMonth\":1,\"weekday\":\"THURSDAY\"},\"agendaCallWorkingDays\":5,\"organisation\":\"respect\"}"));
        @SuppressWarnings("unchecked")
        List<LocalDate> days = ((List<String>) monthly.get("dates")).stream().map(LocalDate::parse).toList();
        assertThat(days).hasSize(6).allMatch(day -> day.getDayOfWeek() == DayOfWeek.THURSDAY && day.getDayOfMonth() <= 7);
        assertThat(days.get(0)).isAfter(today.plusDays(5));
        for (int i = 1; i < days.size(); i++) {
            assertThat(days.get(i).withDayOfMonth(1)).isEqualTo(days.get(i - 1).withDayOfMonth(1).plusMonths(1));
        }
        assertThat(((Number) map(call(PROJECT_MANAGER, "GET", "/internal/meeting-series", null)).get("total")).longValue()).isEqualTo(before);
    }

    @Test
    void aSeriesBeingChangedPreviewsTheDaysAfterThoseItHasPlannedOnItsOwnWeeks() throws Exception {
        LocalDate first = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var created = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", "{\"title\":\"Preview group\",\"group\":\"OTHER\","
                + "\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":1,\"weekday\":\"TUESDAY\"},\"startTime\":\"10:00\",\"durationMinutes\":60,"
                + "\"location\":\"Online\",\"chair\":\"project-manager.respect\",\"organisation\":\"respect\","
                + "\"members\":[{\"person\":\"project-manager.respect\"}],\"agendaCallWorkingDays\":3,\"papersWorkingDays\":1,"
                + "\"minutesApprovalWorkingDays\":5,\"quorum\":1,\"firstMeetingOn\":\"" + first + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String seriesId = (String) map(created).get("id");

        // No meeting is planned yet here (no workers): every 3 weeks from today, on the weeks counted from the first meeting.
        var preview = map(call(PROJECT_MANAGER, "POST", "/internal/meeting-series/preview",
                "{\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":3,\"weekday\":\"TUESDAY\"},\"agendaCallWorkingDays\":3,"
                        + "\"organisation\":\"respect\",\"seriesId\":\"" + seriesId + "\"}"));
        assertThat(preview.get("planned")).isEqualTo(List.of());
        assertThat(preview.get("dates")).isEqualTo(List.of(first, first.plusWeeks(3), first.plusWeeks(6), first.plusWeeks(9),
                first.plusWeeks(12), first.plusWeeks(15)).stream().map(LocalDate::toString).toList());
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/meeting-series/preview",
                "{\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":3,\"weekday\":\"TUESDAY\"},\"agendaCallWorkingDays\":3,"
                        + "\"organisation\":\"respect\",\"seriesId\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aPreviewChecksTheCadenceAndTheFirstMeetingAndIsTheProjectManagers() throws Exception {
        var noWeek = call(PROJECT_MANAGER, "POST", "/internal/meeting-series/preview",
                "{\"cadence\":{\"kind\":\"MONTHLY\",\"weekday\":\"THURSDAY\"},\"agendaCallWorkingDays\":5,\"organisation\":\"respect\"}");
        assertThat(noWeek.statusCode()).isEqualTo(400);
        assertThat(map(noWeek)).containsEntry("field", "cadence.weekOfMonth");
        LocalDate offCadence = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        var off = call(PROJECT_MANAGER, "POST", "/internal/meeting-series/preview",
                "{\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":1,\"weekday\":\"TUESDAY\"},\"agendaCallWorkingDays\":5,"
                        + "\"organisation\":\"respect\",\"firstMeetingOn\":\"" + offCadence + "\"}");
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(map(off)).containsEntry("field", "firstMeetingOn");
        assertThat(call(HACKNEY_LEAD, "POST", "/internal/meeting-series/preview",
                "{\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":1,\"weekday\":\"TUESDAY\"},\"agendaCallWorkingDays\":5,\"organisation\":\"respect\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aDecisionOrActionNoOneKeepsIsNotFound() {
        assertThat(call(PROJECT_MANAGER, "GET", "/internal/decisions/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);
        assertThat(call(PROJECT_MANAGER, "GET", "/internal/actions/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);
    }
}
