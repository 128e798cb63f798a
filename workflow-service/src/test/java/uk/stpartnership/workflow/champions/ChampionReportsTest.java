package uk.stpartnership.workflow.champions;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The champion reports on real PostgreSQL with known champions (dates the first of a month, counted back from
 * today): per team, consultations per champion per quarter within each one's active period, retention after 6 and 12
 * months with its edges, a borough lead's own borough, and what an evaluator sees.
 */
@MicronautTest(transactional = false)
class ChampionReportsTest extends WorkflowServiceTest {

    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person HACKNEY_LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");
    private static final Person CHAMPION = new Person("champion.hackney", "hackney", "CHAMPION");
    private static final String SMALL = "fewer than 5";

    private final LocalDate month = LocalDate.now(ZoneId.of("Europe/London")).withDayOfMonth(1);
    /** Two Hackney champions start together: one still active, one ended after four months. */
    private final LocalDate longAgo = month.minusMonths(14);
    private final LocalDate recently = month.minusMonths(2);
    private final LocalDate newham = month.minusMonths(7);
    private UUID teamA;

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    private UUID team(String borough, String name) {
        UUID id = UUID.randomUUID();
        resources.update("INSERT INTO workflow.champion_team VALUES ('" + id + "', '" + borough + "', '" + name + "', 'test', now())");
        return id;
    }

    private void champion(String person, String borough, UUID team, String status, LocalDate activeFrom, LocalDate endedOn) {
        UUID nomination = UUID.randomUUID();
        resources.update("INSERT INTO workflow.champion_nomination VALUES ('" + nomination + "', '" + borough + "', '" + person + "', '" + team
                + "', 'Social worker', 5, 'manager." + borough + "', 'NOMINATED', 'AGREED', 'test', now())");
        resources.update("INSERT INTO workflow.champion (id, nomination_id, person, borough, team_id, line_manager, status, started_at, active_from, ended_on)"
                + " VALUES (gen_random_uuid(), '" + nomination + "', '" + person + "', '" + borough + "', '" + team + "', 'manager." + borough + "', '"
                + status + "', now(), " + (activeFrom == null ? "NULL" : "'" + activeFrom + "'") + ", " + (endedOn == null ? "NULL" : "'" + endedOn + "'") + ")");
    }

    private void consultation(String heldBy, String borough, LocalDate on) {
        UUID request = UUID.randomUUID();
        resources.update("INSERT INTO workflow.consultation_request (id, borough, case_reference, practitioner_role, help_wanted, requested_by, requested_at)"
                + " VALUES ('" + request + "', '" + borough + "', 'REF-1', 'Social worker', 'Help', 'test', now())");
        resources.update("INSERT INTO workflow.consultation (request_id, borough, held_on, themes, follow_up_needed, follow_up, notes, held_by, recorded_at)"
                + " VALUES ('" + request + "', '" + borough + "', '" + on + "', '{}', false, NULL, NULL, '" + heldBy + "', now())");
    }

    private static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    @BeforeAll
    void knownChampions() {
        teamA = team("hackney", "Assessment A");
        team("hackney", "Assessment B");
        UUID newhamTeam = team("newham", "Children in Need");
        champion("champ.a", "hackney", teamA, "ACTIVE", longAgo, null);
        champion("champ.b", "hackney", teamA, "ENDED", longAgo, longAgo.plusMonths(4));
        champion("champ.c", "hackney", teamA, "ACTIVE", recently, null);
        champion("champ.n", "newham", newhamTeam, "ACTIVE", newham, null);
        // Ended on the very day six months after becoming active: not still active after six months.
        champion("champ.m", "newham", newhamTeam, "ENDED", newham, newham.plusMonths(6));
        champion("champ.t", "newham", newhamTeam, "IN_TRAINING", null, null);
        consultation("champ.a", "hackney", longAgo.minusDays(1));
        consultation("champ.a", "hackney", longAgo.plusDays(1));
        consultation("champ.a", "hackney", month);
        consultation("champ.b", "hackney", longAgo.plusMonths(4));
        consultation("champ.b", "hackney", longAgo.plusMonths(4).plusDays(1));
    }

    @Test
    void championsPerBoroughAndTeamFlagATeamWithNone() throws Exception {
        HttpResponse<String> all = call(PROJECT_MANAGER, "GET", "/internal/champions/reports/teams", null);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).contains("{\"borough\":\"hackney\",\"teams\":2,\"teamsWithNoChampion\":1,\"activeChampions\":\"2\"}")
                .contains("{\"borough\":\"newham\",\"teams\":1,\"teamsWithNoChampion\":0,\"activeChampions\":\"1\"}")
                .contains("\"teamName\":\"Assessment B\",\"activeChampions\":0,\"inTraining\":0,\"flagged\":true");

        HttpResponse<String> evaluator = call(EVALUATOR, "GET", "/internal/champions/reports/teams", null);
        assertThat(evaluator.body()).contains("{\"borough\":\"hackney\",\"teams\":2,\"teamsWithNoChampion\":1,\"activeChampions\":\"" + SMALL + "\"}")
                .doesNotContain("Assessment");
        HttpResponse<String> hackney = call(HACKNEY_LEAD, "GET", "/internal/champions/reports/teams", null);
        assertThat(hackney.body()).contains("Assessment A").doesNotContain("newham").doesNotContain("Children in Need");
        assertThat(call(CHAMPION, "GET", "/internal/champions/reports/teams", null).statusCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void consultationsCountOnlyWhileAChampionWasActive() throws Exception {
        String from = quarter(longAgo);
        String to = quarter(month);
        HttpResponse<String> all = call(PROJECT_MANAGER, "GET", "/internal/champions/reports/consultations?from=" + from + "&to=" + to, null);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        Map<String, Object> report = map(all);
        List<String> quarters = (List<String>) report.get("quarters");
        assertThat(quarters.getFirst()).isEqualTo(from);
        assertThat(quarters.getLast()).isEqualTo(to);
        List<Map<String, Object>> champions = (List<Map<String, Object>>) ((Map<String, Object>) report.get("champions")).get("items");
        Map<String, List<String>> rows = new java.util.HashMap<>();
        champions.forEach(row -> rows.put((String) row.get("person"), (List<String>) row.get("consultations")));
        assertThat(rows).containsOnlyKeys("champ.a", "champ.b", "champ.c", "champ.n", "champ.m");
        // The day before becoming active does not count; the day after and today do.
        assertThat(rows.get("champ.a").getFirst()).isEqualTo("1");
        assertThat(rows.get("champ.a").getLast()).isEqualTo("1");
        // The day the agreement ended counts, the day after does not; later quarters say the champion was not active.
        int ended = quarters.indexOf(quarter(longAgo.plusMonths(4)));
        assertThat(rows.get("champ.b").get(ended)).isEqualTo("1");
        assertThat(rows.get("champ.b").getLast()).isEqualTo(ChampionConsultations.NOT_ACTIVE);
        assertThat(rows.get("champ.c").getFirst()).isEqualTo(ChampionConsultations.NOT_ACTIVE);
        assertThat(all.body()).contains("{\"borough\":\"hackney\",\"consultations\":[\"1\",");

        HttpResponse<String> evaluator = call(EVALUATOR, "GET", "/internal/champions/reports/consultations?from=" + from + "&to=" + to, null);
        assertThat(evaluator.statusCode()).as(evaluator.body()).isEqualTo(200);
        assertThat(map(evaluator).get("champions")).isNull();
        assertThat(evaluator.body()).doesNotContain("champ.").contains("{\"borough\":\"hackney\",\"consultations\":[\"" + SMALL + "\",");

        HttpResponse<String> wrong = call(PROJECT_MANAGER, "GET", "/internal/champions/reports/consultations?from=2026-Q5&to=" + to, null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"from\"");
        HttpResponse<String> tooLong = call(PROJECT_MANAGER, "GET", "/internal/champions/reports/consultations?from=2020-Q1&to=2023-Q1", null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"to\"");
    }

    @Test
    void retentionCountsOnlyThoseWhoStartedLongEnoughAgo() throws Exception {
        HttpResponse<String> all = call(PROJECT_MANAGER, "GET", "/internal/champions/reports/retention", null);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.body())
                .contains("{\"borough\":\"hackney\",\"quarter\":\"" + quarter(longAgo) + "\",\"becameActive\":\"2\",\"activeSixMonthsAgo\":\"2\","
                        + "\"stillActiveAfterSixMonths\":\"1\",\"activeTwelveMonthsAgo\":\"2\",\"stillActiveAfterTwelveMonths\":\"1\"}")
                .contains("{\"borough\":\"hackney\",\"quarter\":\"" + quarter(recently) + "\",\"becameActive\":\"1\",\"activeSixMonthsAgo\":\"0\","
                        + "\"stillActiveAfterSixMonths\":\"not yet\",\"activeTwelveMonthsAgo\":\"0\",\"stillActiveAfterTwelveMonths\":\"not yet\"}")
                // The one still in training has not become active: it is not counted.
                .contains("{\"borough\":\"newham\",\"quarter\":\"" + quarter(newham) + "\",\"becameActive\":\"2\",\"activeSixMonthsAgo\":\"2\","
                        + "\"stillActiveAfterSixMonths\":\"1\",\"activeTwelveMonthsAgo\":\"0\",\"stillActiveAfterTwelveMonths\":\"not yet\"}");

        HttpResponse<String> evaluator = call(EVALUATOR, "GET", "/internal/champions/reports/retention", null);
        assertThat(evaluator.body()).contains("{\"borough\":\"newham\",\"quarter\":\"" + quarter(newham) + "\",\"becameActive\":\"" + SMALL
                + "\",\"activeSixMonthsAgo\":\"" + SMALL + "\",\"stillActiveAfterSixMonths\":\"" + SMALL + "\",\"activeTwelveMonthsAgo\":\"0\","
                + "\"stillActiveAfterTwelveMonths\":\"not yet\"}");
        HttpResponse<String> hackney = call(HACKNEY_LEAD, "GET", "/internal/champions/reports/retention", null);
        assertThat(hackney.body()).contains("\"borough\":\"hackney\"").doesNotContain("newham");
    }
}
