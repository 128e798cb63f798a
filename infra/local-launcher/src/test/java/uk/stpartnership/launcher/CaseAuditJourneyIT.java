package uk.stpartnership.launcher;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.TestEngine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A case-audit baseline and its follow-up end to end through the JSON API, with the services, PostgreSQL and mail real
 * and the engine in memory so that its clock can move a month on: Hackney's implementation lead plans a baseline of
 * four cases, two auditors score them and two moderators re-score half of them blind, the lead resolves the
 * disagreements and the borough lead signs off; the findings show the figures scored and go on the operational group's
 * agenda. The follow-up is not started by its day: the steering group is told, on its next meeting's agenda and by
 * email, and again at the meeting after. Then the lead plans it: the nagging stops, and its findings show the change
 * from the baseline. On the way, an auditor sees only their cases and an evaluator sees findings only, small counts
 * withheld and no case.
 *
 * <p>The services' clock is the machine's; only the engine's moves. So a steering meeting's agenda closes here when its
 * chair finalises it (the pack goes), as it does on the day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAuditJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> AUDITORS = List.of("champion.hackney", "practitioner.hackney");
    private static final List<String> MODERATORS = List.of("st-reviewer.hackney", "complaints-manager.hackney");
    private static final String STEERING_MEMBER = "steering-group-member.respect@st-partnership.test";
    private static final String COHORT = "Case reference,Team,Worker training\\n"
            + "HK-2022-0001,Assessment team 2,champion\\n"
            + "HK-2022-0002,Assessment team 2,champion\\n"
            + "HK-2022-0003,Family support 1,S&T trained\\n"
            + "HK-2022-0004,Family support 1,not trained\\n";

    private final TestEngine engine = TestEngine.start();
    private final EngineAhead engineClock = new EngineAhead(engine);
    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startOn(engine, "st-platform-case-audit-journey");
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform, engine);
    }

    @Test
    void aBaselineIsAuditedItsFollowUpMissedAndNaggedThenStartedAndComparedWithIt() {
        LocalDate today = LocalDate.now(LONDON);
        PlatformClient lead = signIn("implementation-lead.hackney");
        PlatformClient boroughLead = signIn("borough-lead.hackney");
        PlatformClient projectManager = signIn("project-manager.respect");
        PlatformClient evaluator = signIn("evaluator.respect");

        // The cases the cohort gives: the baseline scores a champion's case met, an S&T trained worker's partially met
        // and an untrained worker's not met, on every criterion.
        Map<String, String> baselineScores = Map.of("champion", "MET", "st_trained", "PARTIALLY_MET", "not_trained", "NOT_MET");
        Map<String, Object> baseline = created(lead.post("/api/audits/rounds", """
                {"purpose":"BASELINE","cohortDescription":"Closed to children's social care April to June 2022, domestic abuse a factor",
                 "sampleSize":4,"dueOn":"%s","followUpDueOn":"%s","auditors":%s,"moderators":%s}"""
                .formatted(today.plusDays(1), today.plusDays(2), PlatformClient.toJson(AUDITORS), PlatformClient.toJson(MODERATORS))));
        String baselineId = (String) baseline.get("id");
        String reference = (String) baseline.get("reference");
        assertThat(reference).isEqualTo("CA-hackney-" + today.getYear() + "-1");
        assertThat(followUp(lead, baselineId)).containsEntry("status", "PROMISED").containsEntry("dueOn", today.plusDays(2).toString());

        Journeys.step("The lead uploads the cohort: the four cases are sampled and dealt to the auditors and moderators", () -> {
            PlatformClient.Answer sampled = lead.post("/api/audits/rounds/" + baselineId + "/cohort", "{\"file\":\"" + COHORT + "\"}");
            assertThat(sampled.status()).as(sampled.body()).isEqualTo(200);
            List<Map<String, Object>> cases = cases(round(lead, baselineId));
            assertThat(cases).hasSize(4).extracting(c -> c.get("auditor")).containsOnly(AUDITORS.toArray());
            assertThat(cases).filteredOn(c -> c.get("moderator") != null).hasSize(2);
        });
        Journeys.step("Each auditor sees only their own cases; an evaluator is told the round does not exist", () -> {
            for (String auditor : AUDITORS) {
                List<Map<String, Object>> theirs = cases(round(signIn(auditor), baselineId));
                assertThat(theirs).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("auditor", auditor));
            }
            for (String moderator : MODERATORS) {
                assertThat(cases(round(signIn(moderator), baselineId))).hasSize(1)
                        .allSatisfy(c -> assertThat(c).containsEntry("moderator", moderator));
            }
            assertThat(evaluator.get("/api/audits/rounds/" + baselineId).status()).isEqualTo(404);
        });
        Journeys.step("The auditors score their cases on every criterion; the moderators, blind, score theirs differently on the first", () -> {
            scoreAll(AUDITORS, "audit-case", reference, 2, (criterion, training) -> baselineScores.get(training));
            scoreAll(MODERATORS, "moderate-case", reference, 1, (criterion, training) -> (int) criterion.get("position") == 1
                    ? ("MET".equals(baselineScores.get(training)) ? "PARTIALLY_MET" : "MET") : baselineScores.get(training));
        });
        Journeys.step("The lead resolves the two disagreements with the auditors' scores; the borough lead signs off", () -> {
            for (int n = 0; n < 2; n++) {
                Map<String, Object> task = await().atMost(WAIT).until(() -> lead.task("resolve-audit-disagreement", reference), Optional::isPresent).get();
                Map<String, Object> context = contextOf(lead, task);
                assertThat(context).containsKeys("caseReference", "criterion", "auditScore", "moderationScore");
                complete(lead, task, "{\"score\":\"" + context.get("auditScore") + "\",\"note\":\"The auditor's reading: the plan names no actions for the father\"}");
                await().atMost(WAIT).until(() -> lead.tasks().stream().noneMatch(t -> task.get("key").equals(t.get("key"))));
            }
            Map<String, Object> signOff = await().atMost(WAIT).until(() -> boroughLead.task("sign-off-audit-findings", reference), Optional::isPresent).get();
            complete(boroughLead, signOff, "{\"findingsRight\":true,\"note\":\"Agreed at the audit day\"}");
            await().atMost(WAIT).untilAsserted(() -> assertThat(round(lead, baselineId)).containsEntry("status", "SIGNED_OFF"));
        });
        Journeys.step("The findings show the figures scored: by criterion, by the worker's training, and the auditors' agreement", () -> {
            Map<String, Object> findings = findings(lead, baselineId);
            assertThat(listOfMaps(findings.get("criteria"))).hasSize(9).allSatisfy(criterion -> assertThat(criterion)
                    .containsEntry("scored", "4")
                    .containsEntry("notMet", Map.of("count", "1", "percent", "25%"))
                    .containsEntry("partiallyMet", Map.of("count", "1", "percent", "25%"))
                    .containsEntry("met", Map.of("count", "2", "percent", "50%")));
            Map<String, Map<String, Object>> byTraining = new LinkedHashMap<>();
            listOfMaps(findings.get("byTraining")).forEach(t -> byTraining.put(String.valueOf(t.get("training")), listOfMaps(t.get("criteria")).get(0)));
            assertThat(byTraining).containsOnlyKeys("CHAMPION", "ST_TRAINED", "NOT_TRAINED");
            assertThat(byTraining.get("CHAMPION")).containsEntry("scored", "2").containsEntry("met", Map.of("count", "2", "percent", "100%"));
            assertThat(byTraining.get("ST_TRAINED")).containsEntry("partiallyMet", Map.of("count", "1", "percent", "100%"));
            assertThat(byTraining.get("NOT_TRAINED")).containsEntry("notMet", Map.of("count", "1", "percent", "100%"))
                    .containsEntry("met", Map.of("count", "0", "percent", "0%"));
            @SuppressWarnings("unchecked")
            Map<String, Object> agreement = (Map<String, Object>) findings.get("agreement");
            List<Map<String, Object>> perCriterion = listOfMaps(agreement.get("criteria"));
            // The moderators disagreed on every case on the first criterion, on none on the others.
            assertThat(perCriterion.get(0)).containsEntry("pairs", "2").containsEntry("observed", "0%").containsEntry("flagged", true);
            assertThat(perCriterion.subList(1, 9)).allSatisfy(c -> assertThat(c).containsEntry("pairs", "2")
                    .containsEntry("observed", "100%").containsEntry("flagged", false));
            @SuppressWarnings("unchecked")
            Map<String, Object> overall = (Map<String, Object>) agreement.get("overall");
            assertThat(overall).containsEntry("pairs", "18").containsEntry("observed", "89%");
            assertThat(findings.get("baseline")).isNull();
        });
        Journeys.step("The findings are on the operational group's next agenda, for information", () ->
                await().atMost(WAIT).until(() -> agendaItemOf(projectManager, "OPERATIONAL", "Case audit findings: " + reference + " (4 cases)").isPresent()));
        Journeys.step("The evaluator reads the findings: no case, no auditor, every count under 5 withheld", () -> {
            PlatformClient.Answer answer = evaluator.get("/api/audits/rounds/" + baselineId + "/findings");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            // The round's own reference (CA-…) is the round's, shown to evaluators too: what never shows is a case.
            assertThat(answer.body()).doesNotContain("HK-2022", "Assessment team", "Family support", "champion.hackney", "practitioner.hackney",
                    "st-reviewer", "complaints-manager");
            Map<String, Object> findings = answer.json();
            assertThat(findings).containsEntry("countsWithheld", true);
            assertThat(listOfMaps(findings.get("criteria")).get(0)).containsEntry("scored", "fewer than 5")
                    .containsEntry("met", Map.of("count", "fewer than 5", "percent", "withheld"));
        });

        Instant dueAt = today.plusDays(2).atTime(9, 0).atZone(LONDON).toInstant();
        Map<String, Object> firstSteering = latestMeeting(projectManager, "STEERING");
        Journeys.step("The follow-up is not started by its day: on the next steering agenda, and the steering group is emailed", () -> {
            assertThat(firstSteering).containsEntry("agendaOpen", true);
            engineClock.moveTo(dueAt);
            await().atMost(WAIT).until(() -> missedItemOn(projectManager, (String) firstSteering.get("id"), reference));
            await().atMost(WAIT).until(() -> Journeys.mailTo(platform, STEERING_MEMBER).stream()
                    .anyMatch(mail -> subject(mail).equals("Case-audit follow-up not started: " + reference)));
            assertThat(followUp(lead, baselineId)).containsEntry("status", "MISSED").containsEntry("missedSince", today.plusDays(2).toString());
        });
        Journeys.step("The steering meeting passes with the follow-up still missing: it is on the next steering meeting's agenda too", () -> {
            // Its chair finalises the agenda once it closes: the pack goes and the agenda takes nothing more.
            engineClock.moveTo(instant(firstSteering, "agendaClosesAt"));
            Map<String, Object> finalise = await().atMost(WAIT).until(() -> projectManager.tasks().stream()
                    .filter(t -> "Finalise the agenda".equals(t.get("title")))
                    .filter(t -> firstSteering.get("id").equals(((Map<?, ?>) t.get("context")).get("meetingId"))).findFirst(), Optional::isPresent).get();
            complete(projectManager, finalise, "{\"agendaConfirmed\":true}");
            await().atMost(WAIT).until(() -> !(Boolean) meeting(projectManager, (String) firstSteering.get("id")).get("agendaOpen"));
            // The meeting's day: the series plans the next one, before the follow-up is looked at again the day after.
            engineClock.moveTo(instant(firstSteering, "scheduledAt"));
            Map<String, Object> secondSteering = await().atMost(WAIT).until(() -> latestMeeting(projectManager, "STEERING"),
                    next -> !firstSteering.get("id").equals(next.get("id")));
            int mailsBefore = missedMails(reference);
            engineClock.moveTo(LocalDate.parse((String) firstSteering.get("date")).plusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
            await().atMost(WAIT).until(() -> missedItemOn(projectManager, (String) secondSteering.get("id"), reference));
            await().atMost(WAIT).until(() -> missedMails(reference) > mailsBefore);
            assertThat(missedItems(projectManager, (String) firstSteering.get("id"), reference)).isEqualTo(1);
        });

        // The follow-up scores better: an S&T trained worker's case met, an untrained worker's partially met.
        Map<String, String> followUpScores = Map.of("champion", "MET", "st_trained", "MET", "not_trained", "PARTIALLY_MET");
        String followUpId = (String) created(lead.post("/api/audits/rounds", """
                {"purpose":"FOLLOW_UP","follows":"%s","cohortDescription":"Closed to children's social care April to June 2023, domestic abuse a factor",
                 "sampleSize":4,"dueOn":"%s","auditors":%s,"moderators":%s}"""
                .formatted(baselineId, today.plusMonths(6), PlatformClient.toJson(AUDITORS), PlatformClient.toJson(MODERATORS)))).get("id");
        String followUpReference = (String) round(lead, followUpId).get("reference");
        Journeys.step("The lead plans the follow-up: the commitment is started and the steering group hears no more of it", () -> {
            assertThat(followUp(lead, baselineId)).containsEntry("status", "STARTED").containsEntry("startedAs", followUpId);
            int mailsBefore = missedMails(reference);
            Map<String, Object> secondSteering = latestMeeting(projectManager, "STEERING");
            // Past the next steering meeting: had the process still been waiting it would have raised the follow-up again.
            engineClock.moveTo(LocalDate.parse((String) secondSteering.get("date")).plusDays(1).atTime(12, 0).atZone(LONDON).toInstant());
            Map<String, Object> thirdSteering = await().atMost(WAIT).until(() -> latestMeeting(projectManager, "STEERING"),
                    next -> !secondSteering.get("id").equals(next.get("id")));
            await().during(Duration.ofSeconds(10)).atMost(WAIT).until(() -> missedMails(reference) == mailsBefore
                    && missedItems(projectManager, (String) thirdSteering.get("id"), reference) == 0);
        });
        Journeys.step("The follow-up's cohort is uploaded and scored; the moderators agree throughout, so it goes straight to sign-off", () -> {
            PlatformClient.Answer sampled = lead.post("/api/audits/rounds/" + followUpId + "/cohort", "{\"file\":\"" + COHORT.replace("HK-2022", "HK-2023") + "\"}");
            assertThat(sampled.status()).as(sampled.body()).isEqualTo(200);
            scoreAll(AUDITORS, "audit-case", followUpReference, 2, (criterion, training) -> followUpScores.get(training));
            scoreAll(MODERATORS, "moderate-case", followUpReference, 1, (criterion, training) -> followUpScores.get(training));
            Map<String, Object> signOff = await().atMost(WAIT).until(() -> boroughLead.task("sign-off-audit-findings", followUpReference), Optional::isPresent).get();
            assertThat(lead.task("resolve-audit-disagreement", followUpReference)).isEmpty();
            complete(boroughLead, signOff, "{\"findingsRight\":true}");
            await().atMost(WAIT).untilAsserted(() -> assertThat(round(lead, followUpId)).containsEntry("status", "SIGNED_OFF"));
        });
        Journeys.step("The follow-up's findings show the change from the baseline on every criterion", () -> {
            Map<String, Object> findings = findings(lead, followUpId);
            assertThat(listOfMaps(findings.get("criteria"))).allSatisfy(criterion -> assertThat(criterion)
                    .containsEntry("met", Map.of("count", "3", "percent", "75%"))
                    .containsEntry("partiallyMet", Map.of("count", "1", "percent", "25%")));
            @SuppressWarnings("unchecked")
            Map<String, Object> comparison = (Map<String, Object>) findings.get("baseline");
            assertThat(comparison).containsEntry("baselineRoundId", baselineId).containsEntry("baselineReference", reference);
            assertThat(listOfMaps(comparison.get("criteria"))).hasSize(9).allSatisfy(change -> assertThat(change)
                    .containsEntry("comparison", "CONTINUED")
                    .containsEntry("metThen", "2").containsEntry("scoredThen", "4").containsEntry("percentThen", "50%")
                    .containsEntry("metNow", "3").containsEntry("scoredNow", "4").containsEntry("percentNow", "75%")
                    .containsEntry("change", "up 25 points"));
            PlatformClient.Answer evaluators = evaluator.get("/api/audits/rounds/" + followUpId + "/findings");
            assertThat(evaluators.status()).as(evaluators.body()).isEqualTo(200);
            assertThat(evaluators.body()).doesNotContain("HK-2023", "HK-2022");
            assertThat(evaluator.get("/api/audits/rounds/" + followUpId).status()).isEqualTo(404);
        });
    }

    private interface Scoring {
        /** The score a case gets on a criterion, from its allocated worker's training (champion, st_trained, not_trained). */
        String score(Map<String, Object> criterion, String training);
    }

    /** Each person completes their tasks of that kind on the round, perPerson each, scoring every criterion the task lists. */
    private void scoreAll(List<String> people, String kind, String roundReference, int perPerson, Scoring scoring) {
        for (String person : people) {
            PlatformClient client = signIn(person);
            // The process offers the cases' tasks one by one: wait for them all.
            List<Map<String, Object>> tasks = await().atMost(WAIT).until(() -> client.tasks().stream()
                    .filter(t -> kind.equals(t.get("kind")) && roundReference.equals(t.get("businessReference"))).toList(),
                    list -> list.size() == perPerson);
            for (Map<String, Object> task : tasks) {
                Map<String, Object> context = contextOf(client, task);
                String training = trainingOf((String) context.get("caseReference"));
                List<Map<String, Object>> scores = new ArrayList<>();
                for (Map<String, Object> criterion : listOfMaps(context.get("criteria"))) {
                    scores.add(Map.of("criterionId", criterion.get("criterionId"), "score", scoring.score(criterion, training),
                            "evidenceNote", "Criterion " + criterion.get("position") + " read in the assessment and the plan"));
                }
                complete(client, task, PlatformClient.toJson(Map.of("scores", scores)));
            }
        }
    }

    /** The training the cohort file gives the case's allocated worker: HK-…-0001 and 0002 champions, 0003 S&T trained. */
    private static String trainingOf(String caseReference) {
        return switch (caseReference.substring(caseReference.length() - 4)) {
            case "0001", "0002" -> "champion";
            case "0003" -> "st_trained";
            default -> "not_trained";
        };
    }

    /** What the task shows when opened: the inbox's list carries ids only, the task itself the case and the criteria. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> contextOf(PlatformClient person, Map<String, Object> task) {
        PlatformClient.Answer answer = person.get("/api/tasks/" + task.get("key"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (Map<String, Object>) answer.json().get("context");
    }

    private PlatformClient signIn(String username) {
        return PlatformClient.signIn(platform.uiApi(), username);
    }

    private static void complete(PlatformClient person, Map<String, Object> task, String answers) {
        PlatformClient.Answer done = person.post("/api/tasks/" + task.get("key") + "/complete", answers);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    private static Map<String, Object> round(PlatformClient person, String id) {
        PlatformClient.Answer answer = person.get("/api/audits/rounds/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> followUp(PlatformClient person, String roundId) {
        return (Map<String, Object>) round(person, roundId).get("followUp");
    }

    private static List<Map<String, Object>> cases(Map<String, Object> round) {
        return listOfMaps(round.get("cases"));
    }

    private static Map<String, Object> findings(PlatformClient person, String roundId) {
        PlatformClient.Answer answer = person.get("/api/audits/rounds/" + roundId + "/findings");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /**
     * The meeting the group's series planned last (OPERATIONAL, STEERING): a series plans the next on the day of the
     * last, and one the engine has passed stays planned by the services' clock.
     */
    private static Map<String, Object> latestMeeting(PlatformClient person, String group) {
        // The demo's series are set up, and their first meetings planned, while the platform starts.
        String id = await().atMost(WAIT).until(() -> latestMeetingId(person, group), Objects::nonNull);
        return meeting(person, id);
    }

    @SuppressWarnings("unchecked")
    private static String latestMeetingId(PlatformClient person, String group) {
        for (Map<String, Object> item : listOfMaps(person.get("/api/meeting-series?size=100").json().get("items"))) {
            Map<String, Object> series = item.containsKey("series") ? (Map<String, Object>) item.get("series") : item;
            if (group.equals(series.get("group"))) {
                List<Map<String, Object>> upcoming = listOfMaps(person.get("/api/meeting-series/" + series.get("id")).json().get("upcomingMeetings"));
                return upcoming == null || upcoming.isEmpty() ? null : (String) upcoming.getLast().get("id");
            }
        }
        return null;
    }

    private static Map<String, Object> meeting(PlatformClient person, String id) {
        PlatformClient.Answer answer = person.get("/api/meetings/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static Optional<Map<String, Object>> agendaItemOf(PlatformClient person, String group, String title) {
        return listOfMaps(latestMeeting(person, group).get("agendaItems")).stream().filter(item -> title.equals(item.get("title"))).findFirst();
    }

    private static boolean missedItemOn(PlatformClient person, String meetingId, String reference) {
        return missedItems(person, meetingId, reference) > 0;
    }

    private static long missedItems(PlatformClient person, String meetingId, String reference) {
        return listOfMaps(meeting(person, meetingId).get("agendaItems")).stream()
                .filter(item -> String.valueOf(item.get("title")).startsWith("Missed audit follow-up: " + reference + " ")).count();
    }

    private int missedMails(String reference) {
        return (int) Journeys.mailTo(platform, STEERING_MEMBER).stream()
                .filter(mail -> subject(mail).equals("Case-audit follow-up not started: " + reference)).count();
    }

    private static Instant instant(Map<String, Object> json, String field) {
        return Instant.parse((String) json.get(field));
    }

    private static String subject(MimeMessage mail) {
        try {
            return Objects.toString(mail.getSubject(), "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> created(PlatformClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
