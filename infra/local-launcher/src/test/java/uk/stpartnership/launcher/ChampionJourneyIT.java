package uk.stpartnership.launcher;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.TestEngine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A champion from nomination to succession through the JSON API, with the services, PostgreSQL and mail real and the
 * engine in memory so that its clock can move a quarter on: Hackney's implementation lead nominates a practitioner,
 * who confirms, and their line manager agrees release time; they are booked on two cohorts, one of them full (on the
 * waiting list, then given the place when someone cancels), attend, and complete the e-learning; the pathway complete,
 * the champion and their manager sign the agreement; a quarter later the lead is asked to check in; the champion
 * leaves and the lead has to find the team a replacement.
 *
 * <p>The partnership here has its champions take Overview and the Supervisors e-learning: a pathway is configuration
 * ({@code TRAINING_PATHWAYS_CHAMPION}), no code, and a 4-day course could not be attended within a test's day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChampionJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String LEAD = "implementation-lead.hackney";
    private static final String CANDIDATE = "practitioner.hackney";
    private static final String MANAGER = "borough-lead.hackney";
    private static final String OTHER_TRAINEE = "champion.hackney";

    private final TestEngine engine = TestEngine.start();
    private final EngineAhead engineClock = new EngineAhead(engine);
    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startOn(engine, "st-platform-champion-journey", Map.of("TRAINING_PATHWAYS_CHAMPION", "OVERVIEW,SUPERVISORS"));
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform, engine);
    }

    @Test
    void aPractitionerIsNominatedTrainedActiveAndWhenTheyLeaveTheirTeamNeedsAReplacement() {
        LocalDate today = LocalDate.now(LONDON);
        PlatformClient lead = PlatformClient.signIn(platform.uiApi(), LEAD);
        PlatformClient candidate = PlatformClient.signIn(platform.uiApi(), CANDIDATE);
        PlatformClient manager = PlatformClient.signIn(platform.uiApi(), MANAGER);
        PlatformClient deliveryPartner = PlatformClient.signIn(platform.uiApi(), "project-manager.respect");

        String teamId = (String) created(lead.post("/api/champions/teams", "{\"name\":\"Assessment team 2\"}")).get("id");
        Journeys.step("The lead nominates a practitioner; they confirm; their manager agrees release time", () -> {
            created(lead.post("/api/champions/nominations", """
                    {"candidate":"%s","teamId":"%s","practitionerRole":"Senior social worker","yearsInBorough":8,"lineManager":"%s"}"""
                    .formatted(CANDIDATE, teamId, MANAGER)));
            complete(candidate, "confirm-champion-interest", "{\"interested\":true}");
            complete(manager, "agree-champion-release-time", "{\"releaseAgreed\":true}");
        });
        String championId = await().atMost(WAIT).until(() -> lead.get("/api/champions?size=100").items().stream()
                .filter(c -> CANDIDATE.equals(c.get("person"))).map(c -> (String) c.get("id")).findFirst().orElse(null), Objects::nonNull);
        assertThat(champion(lead, championId)).containsEntry("status", "IN_TRAINING");
        assertThat(coverage(lead, teamId)).containsEntry("flagged", true);

        Journeys.step("A Core cohort next month, led by an accredited trainer: the candidate has a place", () -> {
            created(deliveryPartner.post("/api/trainers", "{\"trainerId\":\"implementation-lead.respect\",\"accreditedOn\":\"" + today + "\"}"));
            LocalDate monday = today.plusWeeks(4).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            String core = (String) created(lead.post("/api/training/cohorts", cohort("CORE", "implementation-lead.respect", 12,
                    monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3)))).get("id");
            assertThat(book(lead, core, CANDIDATE)).containsEntry("status", "PLACE");
        });
        String overview = (String) created(lead.post("/api/training/cohorts", cohort("OVERVIEW", "st-reviewer.respect", 1, today))).get("id");
        Journeys.step("Today's Overview cohort is full: the candidate waits, and has the place when the other trainee cancels", () -> {
            Map<String, Object> other = book(lead, overview, OTHER_TRAINEE);
            assertThat(other).containsEntry("status", "PLACE");
            assertThat(book(lead, overview, CANDIDATE)).containsEntry("status", "WAITING_LIST").containsEntry("waitingPosition", 1);
            PlatformClient.Answer cancelled = lead.post("/api/training/bookings/" + other.get("id") + "/cancel", null);
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
            assertThat(candidate.get("/api/training/bookings/mine").items()).anyMatch(b -> overview.equals(b.get("cohortId"))
                    && "PLACE".equals(b.get("status")));
            await().atMost(WAIT).until(() -> Journeys.mailTo(platform, CANDIDATE + "@st-partnership.test").size() >= 3);
        });
        Journeys.step("The trainer records the day's attendance and the candidate completes the e-learning: the pathway is done", () -> {
            PlatformClient trainer = PlatformClient.signIn(platform.uiApi(), "st-reviewer.respect");
            PlatformClient.Answer attended = trainer.post("/api/training/cohorts/" + overview + "/days/1/attendance",
                    "{\"attended\":[\"" + CANDIDATE + "\"]}");
            assertThat(attended.status()).as(attended.body()).isEqualTo(204);
            // The cohort's process takes the attendance once the day is over (16:30).
            engineClock.moveTo(today.atTime(16, 30).atZone(LONDON).toInstant());
            created(lead.post("/api/training/completions", "{\"personId\":\"" + CANDIDATE + "\",\"course\":\"SUPERVISORS\",\"completedOn\":\"" + today + "\"}"));
            await().atMost(WAIT).untilAsserted(() -> assertThat(champion(lead, championId)).containsEntry("status", "AGREEMENT"));
            PlatformClient.Answer record = lead.get("/api/training/people/" + CANDIDATE + "/record");
            assertThat(record.status()).as(record.body()).isEqualTo(200);
            assertThat(record.body()).contains("{\"pathway\":\"CHAMPION\",\"complete\":true");
        });
        Journeys.step("The champion and their manager sign the agreement: an active champion in the team", () -> {
            complete(candidate, "sign-champion-agreement", "{\"signed\":true}");
            complete(manager, "countersign-champion-agreement", "{\"signed\":true}");
            await().atMost(WAIT).untilAsserted(() -> assertThat(champion(lead, championId)).containsEntry("status", "ACTIVE")
                    .containsEntry("activeFrom", today.toString()));
            assertThat(coverage(lead, teamId)).containsEntry("activeChampions", 1).containsEntry("flagged", false);
        });
        Journeys.step("A quarter on, the lead is asked to check in with the champion", () -> {
            engineClock.moveTo(Instant.now().plus(Duration.ofDays(93)));
            complete(lead, "champion-check-in", "{\"note\":\"Two consultations given; co-facilitating the next Overview day\"}");
            assertThat((List<?>) champion(lead, championId).get("checkIns")).hasSize(1);
        });
        Journeys.step("The champion leaves the borough: the agreement ends and the lead must find the team a replacement", () -> {
            PlatformClient.Answer ended = lead.post("/api/champions/" + championId + "/end",
                    "{\"endedOn\":\"" + today + "\",\"reason\":\"Moved to another borough\"}");
            assertThat(ended.status()).as(ended.body()).isEqualTo(200);
            // Its due date counts from the services' today, which is already a quarter behind the engine's clock: the
            // task is overdue as soon as it is offered, so it goes on to the borough lead, who is told.
            await().atMost(WAIT).untilAsserted(() -> assertThat(manager.tasks()).anyMatch(t -> "champion-succession".equals(t.get("kind"))));
            await().atMost(WAIT).until(() -> Journeys.mailTo(platform, MANAGER + "@st-partnership.test").stream()
                    .anyMatch(mail -> subject(mail).contains("replacement")));
            assertThat(champion(lead, championId)).containsEntry("status", "ENDED").containsEntry("endReason", "Moved to another borough");
            assertThat(coverage(lead, teamId)).containsEntry("activeChampions", 0).containsEntry("flagged", true);
        });
        Journeys.step("The reports show it: the Overview and the e-learning completed in Hackney this programme year, the team without a champion", () -> {
            // The programme year runs from 1 August and is named by the year it starts.
            int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
            PlatformClient.Answer attendance = deliveryPartner.get("/api/training/reports/attendance?from=" + year + "&to=" + year);
            assertThat(attendance.status()).as(attendance.body()).isEqualTo(200);
            assertThat(listOfMaps(attendance.json().get("courses"))).filteredOn(c -> List.of("OVERVIEW", "SUPERVISORS").contains(c.get("course")))
                    .hasSize(2).allSatisfy(c -> assertThat(c.get("attendance")).as("completions of %s", c.get("course")).isEqualTo(List.of("1")));
            assertThat(listOfMaps(attendance.json().get("byBorough"))).filteredOn(c -> "OVERVIEW".equals(c.get("course"))).singleElement()
                    .satisfies(table -> assertThat(listOfMaps(table.get("rows"))).anySatisfy(row -> assertThat(row)
                            .containsEntry("borough", "hackney").containsEntry("attendance", List.of("1"))));
            PlatformClient.Answer teams = lead.get("/api/champions/reports/teams");
            assertThat(teams.status()).as(teams.body()).isEqualTo(200);
            assertThat(listOfMaps(teams.json().get("boroughs"))).singleElement().satisfies(borough -> assertThat(borough)
                    .containsEntry("borough", "hackney").containsEntry("activeChampions", "0"));
        });
        Journeys.step("Another borough and the evaluators are told the champion does not exist", () -> {
            assertThat(PlatformClient.signIn(platform.uiApi(), "implementation-lead.newham").get("/api/champions/" + championId).status())
                    .isEqualTo(404);
            assertThat(PlatformClient.signIn(platform.uiApi(), "evaluator.respect").get("/api/champions/" + championId).status())
                    .isEqualTo(404);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cohort(String course, String trainer, int capacity, LocalDate... days) {
        StringBuilder json = new StringBuilder();
        for (LocalDate day : days) {
            json.append(json.isEmpty() ? "" : ",").append("{\"day\":\"").append(day).append("\",\"startTime\":\"09:30\",\"endTime\":\"16:30\"}");
        }
        return """
                {"course":"%s","borough":"hackney","trainer":"%s","venue":"Hackney Town Hall","capacity":%d,"days":[%s]}"""
                .formatted(course, trainer, capacity, json);
    }

    private static Map<String, Object> book(PlatformClient lead, String cohort, String person) {
        PlatformClient.Answer booked = lead.post("/api/training/cohorts/" + cohort + "/bookings", "{\"personId\":\"" + person + "\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
        return booked.json();
    }

    private static Map<String, Object> created(PlatformClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    private static Map<String, Object> champion(PlatformClient person, String id) {
        PlatformClient.Answer answer = person.get("/api/champions/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, Object> coverage(PlatformClient lead, String teamId) {
        return lead.get("/api/champions/coverage?size=100").items().stream().filter(team -> teamId.equals(team.get("teamId")))
                .findFirst().orElseThrow(() -> new AssertionError("No coverage row for team " + teamId));
    }

    /** Completes the person's open task of that kind, once it is there. */
    private static void complete(PlatformClient person, String kind, String answers) {
        String key = await().atMost(WAIT).until(() -> person.tasks().stream().filter(task -> kind.equals(task.get("kind")))
                .map(task -> (String) task.get("key")).findFirst().orElse(null), Objects::nonNull);
        PlatformClient.Answer done = person.post("/api/tasks/" + key + "/complete", answers);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }
}
