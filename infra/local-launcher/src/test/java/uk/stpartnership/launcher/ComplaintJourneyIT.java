package uk.stpartnership.launcher;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.TestEngine;
import uk.stpartnership.workingdays.Nation;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.stpartnership.launcher.Journeys.step;

/**
 * A complaint from the person causing harm in a linked case, as Hackney's complaints team lives it: the S&T review
 * comes before any response, the worker's manager is told without the complainant's words, a draft that names the
 * refuge is stopped, the complainant gets a clean response, and stage 2 is due to the day. Nobody outside the team
 * sees the complaint, and every read of it is in its audit trail. The three services, PostgreSQL and the mail
 * server run as the launcher runs them, on the real Zeebe engine in memory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(LONDON);

    private static final String COMPLAINANT = "complainant@example.test";
    private static final String WORKERS_MANAGER = "team.manager@hackney.test";
    private static final String REFUGE = "Nightingale House";
    private static final String AREA = "Walthamstow";
    private static final String ABOUT = "She sided with my ex-partner, ignored my evidence and wrote falsehoods in the conference report"
            + " so I cannot see my daughter";
    private static final String DRAFT_NAMING_THE_REFUGE = "We have looked carefully at your concerns about contact. The staff at "
            + REFUGE + " were not involved in the decisions you describe, and your social worker followed the plan agreed at the"
            + " child protection conference. We do not uphold your complaint.";
    private static final String CLEAN_DRAFT = "We have looked carefully at your concerns about contact. Your social worker followed"
            + " the plan agreed at the child protection conference. We do not uphold your complaint.";

    private final TestEngine engine = TestEngine.start();
    private LocalPlatform platform;

    private PlatformClient officer;
    private PlatformClient manager;
    private PlatformClient reviewer;
    private PlatformClient newhamOfficer;
    private PlatformClient evaluator;

    private String complaintId;
    private String reference;
    /** How many times each person opened the complaint: each time must be a READ in its audit trail. */
    private final Map<String, Integer> opened = new HashMap<>();

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startOn(engine, "st-platform-complaints");
        officer = signIn("complaints-officer.hackney");
        manager = signIn("complaints-manager.hackney");
        reviewer = signIn("st-reviewer.hackney");
        newhamOfficer = signIn("complaints-officer.newham");
        evaluator = signIn("evaluator.respect");
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform, engine);
    }

    @Test
    void aComplaintFromThePersonCausingHarmIsPerpetratorProofedBeforeAnyResponseAndGoesToStage2OnTime() {
        step("1. The officer records and acknowledges the complaint; no response can be drafted while the S&T review is open",
                this::noResponseBeforeTheReview);
        step("2. The review finds a pattern of systems abuse: the worker's manager is told without the complainant's words",
                this::theReviewFindsAPattern);
        step("3. A draft that names the refuge is stopped and comes back for revision; nothing goes to the complainant",
                this::aDraftNamingTheRefugeIsStopped);
        step("4. The corrected draft, confirmed by the reviewer, reaches the complainant without any protected detail",
                this::theCleanResponseReachesTheComplainant);
        step("5. The complainant asks for stage 2: the investigation is due at 17:00 on the 25th working day",
                this::stage2IsDueToTheDay);
        step("6. Nobody outside Hackney's complaints team sees the complaint, and every read of it is in its audit trail",
                this::onlyTheTeamSeesItAndEveryReadIsAudited);
    }

    private void noResponseBeforeTheReview() throws Exception {
        var recorded = officer.post("/api/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"Mr D Reid","complainantContact":"By email",
                 "complainantEmail":"%s","complainantRelationship":"PERSON_CAUSING_HARM",
                 "workers":["Jo Okafor"],"team":"Children and Families Unit 4",
                 "workerManager":{"name":"Priya Shah","email":"%s"},
                 "caseReference":"HK-2026-0042","about":"%s","complainantIsPersonCausingHarm":"YES",
                 "protectedDetails":[{"kind":"REFUGE","detail":"%s"},{"kind":"AREA","detail":"%s"}]}"""
                .formatted(TODAY, COMPLAINANT, WORKERS_MANAGER, ABOUT, REFUGE, AREA));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json()).containsEntry("reviewRequired", true).containsEntry("protectedDetails", 2);
        assertThat(recorded.body()).doesNotContain(REFUGE).doesNotContain(AREA);
        complaintId = (String) recorded.json().get("id");
        reference = (String) recorded.json().get("reference");

        complete(officer, awaitTask(officer, "acknowledge-complaint"), "{\"note\":\"Complainant is recorded as the person causing harm\"}");
        MimeMessage acknowledgement = await().atMost(WAIT).until(() -> mailTo(COMPLAINANT), mail -> !mail.isEmpty()).get(0);
        assertThat(subject(acknowledgement)).contains(reference);
        assertNoProtectedDetailIn(acknowledgement);

        // The review waits for the S&T reviewer, who sees the complaint once the complaints manager has assigned it to them.
        awaitTask(reviewer, "perpetrator-proofing-review");
        assertThat(reviewer.get("/api/complaints/" + complaintId).status()).isEqualTo(404);
        var assigned = manager.put("/api/complaints/" + complaintId + "/assignments",
                "{\"reviewerId\":\"st-reviewer.hackney\",\"investigatorId\":null,\"managerId\":null}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(complaint(open(reviewer))).containsEntry("reviewRequired", true).containsEntry("reviewerId", "st-reviewer.hackney");

        // Meanwhile the officer has nothing to respond to.
        assertThat(officer.task("respond-stage1", reference)).as("a response task while the review is open").isEmpty();
    }

    private void theReviewFindsAPattern() throws Exception {
        Map<String, Object> review = awaitTask(reviewer, "perpetrator-proofing-review");
        assertThat(context(reviewer, review)).containsEntry("complaintAbout", ABOUT);
        var unfinished = reviewer.post("/api/tasks/" + review.get("key") + "/complete", """
                {"checks":[{"check":"RISK_TO_VICTIM_SURVIVOR","answer":"YES","note":"Acting on it would reopen contact"}],
                 "conclusion":"YES","safeguards":"None"}""");
        assertThat(unfinished.status()).isEqualTo(400);
        assertThat(unfinished.json()).containsEntry("field", "checks");

        complete(reviewer, review, """
                {"checks":[
                   {"check":"RISK_TO_VICTIM_SURVIVOR","answer":"YES","note":"Acting on it would reopen contact the plan stopped"},
                   {"check":"SHIFTS_BLAME_TO_NON_ABUSIVE_PARENT","answer":"YES","note":"It puts the mother's parenting under scrutiny"},
                   {"check":"REOPENS_SAFETY_DECISIONS","answer":"YES","note":"It asks to revisit the contact arrangements"},
                   {"check":"PART_OF_A_PATTERN","answer":"YES","note":"Complaints to the school and the GP as well"},
                   {"check":"PERPETRATOR_PATTERN_RECORDED","answer":"YES","note":"Coercive control is mapped in the assessment"},
                   {"check":"DRAFT_DISCLOSES_ABOUT_SURVIVOR","answer":"NOT_KNOWN","note":"No draft yet: screen and confirm the final text"},
                   {"check":"DRAFT_FREE_OF_VICTIM_BLAMING","answer":"NOT_KNOWN","note":"No draft yet"},
                   {"check":"WORKER_NEEDS_SUPPORT","answer":"YES","note":"The worker has been followed after visits"},
                   {"check":"PARTNER_AGENCIES_CONSULTED","answer":"YES","note":"Police and the IDVA service agree"}],
                 "conclusion":"YES",
                 "safeguards":"Nothing about the mother or the children in any response; all contact through the complaints team"}""");

        Map<String, Object> afterReview = open(officer);
        assertThat(complaint(afterReview)).containsEntry("reviewConclusion", "YES");
        assertThat((List<?>) ((Map<?, ?>) afterReview.get("review")).get("checks")).hasSize(9);

        MimeMessage toWorkersManager = await().atMost(WAIT).until(() -> mailTo(WORKERS_MANAGER), mail -> !mail.isEmpty()).get(0);
        String briefing = subject(toWorkersManager) + "\n" + text(toWorkersManager);
        assertThat(briefing).contains(reference).contains("Jo Okafor");
        assertThat(words(briefing)).as("the complainant's words in the manager's email").doesNotContainAnyElementsOf(telling(ABOUT));
        assertNoProtectedDetailIn(toWorkersManager);

        Map<String, Object> support = awaitTask(manager, "agree-worker-support");
        complete(manager, support, """
                {"supportAgreed":true,"supportNote":"Weekly supervision and joint visits with the team manager",
                 "safetyPlanNeeded":true,"safetyPlan":"No lone visits to the father; the office knows the worker's route"}""");
    }

    private void aDraftNamingTheRefugeIsStopped() throws Exception {
        Map<String, Object> respond = awaitTask(officer, "respond-stage1");
        assertThat(context(officer, respond)).containsEntry("conclusion", "YES");
        assertThat(officer.post("/api/complaints/" + complaintId + "/stage2-request", "{\"requestedOn\":\"" + TODAY + "\"}").status())
                .as("stage 2 asked for before the stage 1 response").isEqualTo(409);

        complete(officer, respond, """
                {"decision":"RESPOND","outcome":"NOT_UPHELD","draftResponse":"%s"}""".formatted(DRAFT_NAMING_THE_REFUGE));

        Map<String, Object> revise = awaitTask(officer, "revise-response");
        assertThat(String.valueOf(context(officer, revise).get("disclosureMatches"))).contains("REFUGE: " + REFUGE);
        assertThat(mailTo(COMPLAINANT)).as("mail to the complainant: the acknowledgement only").hasSize(1);
    }

    private void theCleanResponseReachesTheComplainant() throws Exception {
        complete(officer, awaitTask(officer, "revise-response"), "{\"draftResponse\":\"" + CLEAN_DRAFT + "\"}");

        Map<String, Object> confirm = awaitTask(reviewer, "confirm-final-text");
        assertThat(context(reviewer, confirm)).containsEntry("draftResponse", CLEAN_DRAFT);
        assertThat(mailTo(COMPLAINANT)).as("mail to the complainant before the reviewer confirmed").hasSize(1);
        complete(reviewer, confirm, "{\"finalTextConfirmed\":true}");

        List<MimeMessage> mail = await().atMost(WAIT).until(() -> mailTo(COMPLAINANT), all -> all.size() == 2);
        MimeMessage response = mail.get(1);
        assertThat(subject(response)).contains(reference);
        assertThat(text(response)).contains(CLEAN_DRAFT);
        assertNoProtectedDetailIn(response);
    }

    private void stage2IsDueToTheDay() {
        // The stage 1 response is recorded and the window for asking for stage 2 is open.
        await().atMost(WAIT).until(() -> complaint(open(officer)),
                c -> "NOT_UPHELD".equals(c.get("outcome")) && "stage2-request-window".equals(c.get("deadlinePeriod")));

        var asked = officer.post("/api/complaints/" + complaintId + "/stage2-request", "{\"requestedOn\":\"" + TODAY + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);

        Instant due = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES).plusWorkingDays(TODAY, 25)
                .atTime(LocalTime.of(17, 0)).atZone(LONDON).toInstant();
        Map<String, Object> investigate = awaitTask(manager, "investigate-stage2");
        assertThat(Instant.parse((String) investigate.get("dueAt"))).isEqualTo(due);
        Map<String, Object> complaint = complaint(open(officer));
        assertThat(complaint).containsEntry("stageReached", "STAGE2").containsEntry("stage2RequestedOn", TODAY.toString());
        assertThat(Instant.parse((String) complaint.get("deadlineAt"))).isEqualTo(due);
    }

    private void onlyTheTeamSeesItAndEveryReadIsAudited() {
        // Newham's complaints officer: not found, in the complaint, its audit trail, their list and their inbox.
        assertThat(newhamOfficer.get("/api/complaints/" + complaintId).status()).isEqualTo(404);
        assertThat(newhamOfficer.get("/api/complaints/" + complaintId + "/audit").status()).isEqualTo(404);
        assertThat(newhamOfficer.get("/api/complaints?size=100").items()).extracting(c -> c.get("id")).doesNotContain(complaintId);
        assertThat(newhamOfficer.tasks()).extracting(t -> t.get("businessReference")).doesNotContain(reference);

        // The evaluator: anonymised counts, the single complaint withheld as fewer than 5, and the complaint nowhere else.
        String month = YearMonth.now(LONDON).toString();
        var indicators = evaluator.get("/api/complaints/indicators?from=" + month + "&to=" + month);
        assertThat(indicators.status()).isEqualTo(200);
        assertThat(counts(indicators)).anySatisfy(count -> assertThat(count).containsEntry("borough", "hackney")
                .containsEntry("dimension", "complainantRelationship").containsEntry("value", "PERSON_CAUSING_HARM")
                .containsEntry("complaints", null).containsEntry("shown", "fewer than 5"));
        assertThat(counts(indicators)).anySatisfy(count -> assertThat(count).containsEntry("borough", "hackney")
                .containsEntry("dimension", "reviewConclusion").containsEntry("value", "YES")
                .containsEntry("complaints", null).containsEntry("shown", "fewer than 5"));
        assertThat(indicators.body()).doesNotContain(complaintId).doesNotContain(reference).doesNotContain("Reid")
                .doesNotContain("Okafor").doesNotContain("HK-2026-0042").doesNotContain(REFUGE).doesNotContain(AREA);
        assertThat(evaluator.get("/api/complaints/" + complaintId).status()).isEqualTo(404);
        assertThat(evaluator.get("/api/complaints/" + complaintId + "/audit").status()).isEqualTo(404);
        assertThat(evaluator.get("/api/complaints?size=100").status()).isIn(403, 404);
        assertThat(evaluator.get("/api/complaints/sla").status()).isIn(403, 404);
        assertThat(evaluator.tasks()).extracting(t -> t.get("businessReference")).doesNotContain(reference);

        // The complaints manager reads who has read the complaint: every opening by the officer and the reviewer;
        // people from outside the team appear only as refused attempts (issue 8 §9: refusals are on the trail).
        assertThat(officer.get("/api/complaints/" + complaintId + "/audit").status()).isIn(403, 404);
        List<Map<String, Object>> trail = auditTrail();
        for (PlatformClient reader : List.of(officer, reviewer)) {
            assertThat(reads(trail, reader)).as("READ entries of " + reader.username())
                    .isPositive().isGreaterThanOrEqualTo(opened.get(reader.username()));
        }
        assertThat(trail).filteredOn(event -> event.get("refused") == null).extracting(event -> event.get("actorId"))
                .doesNotContain(newhamOfficer.username(), evaluator.username());
        assertThat(trail).filteredOn(event -> event.get("refused") != null).extracting(event -> event.get("actorId"))
                .contains(newhamOfficer.username(), evaluator.username());
    }

    private PlatformClient signIn(String username) {
        return PlatformClient.signIn(platform.uiApi(), username);
    }

    /** The complaint as this person opens it (counted, for the audit trail). */
    private Map<String, Object> open(PlatformClient person) {
        var answer = person.get("/api/complaints/" + complaintId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        opened.merge(person.username(), 1, Integer::sum);
        return answer.json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> complaint(Map<String, Object> detail) {
        return (Map<String, Object>) detail.get("complaint");
    }

    private Map<String, Object> awaitTask(PlatformClient person, String kind) {
        return await().atMost(WAIT).until(() -> person.task(kind, reference), Optional::isPresent).get();
    }

    private static void complete(PlatformClient person, Map<String, Object> task, String answers) {
        var completed = person.post("/api/tasks/" + task.get("key") + "/complete", answers);
        assertThat(completed.status()).as(task.get("kind") + ": " + completed.body()).isEqualTo(200);
    }

    /** The task's context as a person viewing it sees it: the complaint's texts are read then, never kept in the process. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> context(PlatformClient person, Map<String, Object> task) {
        var viewed = person.get("/api/tasks/" + task.get("key"));
        assertThat(viewed.status()).as(viewed.body()).isEqualTo(200);
        return (Map<String, Object>) viewed.json().get("context");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> counts(PlatformClient.Answer indicators) {
        return (List<Map<String, Object>>) indicators.json().get("counts");
    }

    /** The complaint's whole audit trail, page by page, as the complaints manager reads it. */
    private List<Map<String, Object>> auditTrail() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int page = 0; ; page++) {
            var answer = manager.get("/api/complaints/" + complaintId + "/audit?size=100&page=" + page);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            events.addAll(answer.items());
            if (answer.items().isEmpty() || events.size() >= ((Number) answer.json().get("total")).longValue()) {
                return events;
            }
        }
    }

    private static long reads(List<Map<String, Object>> trail, PlatformClient reader) {
        return trail.stream().filter(e -> reader.username().equals(e.get("actorId")) && "READ".equals(e.get("action"))).count();
    }

    private List<MimeMessage> mailTo(String address) {
        return Journeys.mailTo(platform, address);
    }

    private static void assertNoProtectedDetailIn(MimeMessage message) throws Exception {
        String whole = (subject(message) + "\n" + text(message)).toLowerCase(Locale.ROOT);
        assertThat(whole).doesNotContain("nightingale").doesNotContain(AREA.toLowerCase(Locale.ROOT));
    }

    private static String subject(MimeMessage message) throws Exception {
        return message.getSubject();
    }

    private static String text(MimeMessage message) throws Exception {
        return LocalMail.plainText(message);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).collect(Collectors.toSet());
    }

    /** The complainant's own words: those of five letters or more, which no template says by chance. */
    private static Set<String> telling(String text) {
        return words(text).stream().filter(word -> word.length() >= 5).collect(Collectors.toSet());
    }
}
