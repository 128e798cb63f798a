package uk.stpartnership.workflow.audits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A round's findings, its CSV and the year's summary over the API on real PostgreSQL, from scores whose figures are
 * worked out by hand below; scores go in as the scoring tasks put them (AuditScoreRepository).
 */
@MicronautTest(transactional = false)
class AuditFindingsTest extends WorkflowServiceTest {

    private static final String FIRST = "a0d17000-0000-4000-8000-000000000001";
    private static final String PATTERN = "a0d17000-0000-4000-8000-000000000101";
    private static final String BEHAVIOURS = "a0d17000-0000-4000-8000-000000000102";
    private static final String PLAN = "a0d17000-0000-4000-8000-000000000103";
    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person AUDITOR = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");
    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    private static final Person NEWHAM_LEAD = new Person("implementation-lead.newham", "newham", "IMPLEMENTATION_LEAD");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    /** Cases 1-3 a champion's, 4-7 S&T trained workers', 8-9 untrained workers', 10 not given. */
    private static final String COHORT = "case_reference,worker_training\nHK-01,champion\nHK-02,champion\nHK-03,champion\n"
            + "HK-04,S&T trained\nHK-05,S&T trained\nHK-06,S&T trained\nHK-07,S&T trained\nHK-08,not trained\nHK-09,not trained\nHK-10,\n";

    @Inject
    AuditRoundRepository rounds;
    @Inject
    AuditScoreRepository scores;

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsCountEachCriterionOverallAndByTrainingWithTheAgreementOfTheModeratedCases() throws Exception {
        String id = sampledRound(FIRST, "BASELINE", null);
        // Criterion 1, every case: met on 1, 2, 3, 4, 6, 10; partially on 5, 9; not met on 7, 8 (resolved to partially).
        score(id, "AUDIT", PATTERN, "M M M M P M N N P M");
        score(id, "RESOLUTION", PATTERN, "- - - - - - - P - -");
        // Moderated: criterion 1 on cases 1, 4, 5, 7; criterion 2 (scored on cases 1-5 only) and 3 on cases 1, 2.
        score(id, "MODERATION", PATTERN, "M - - P P - N - - -");
        score(id, "AUDIT", BEHAVIOURS, "M N M P M - - - - -");
        score(id, "MODERATION", BEHAVIOURS, "M M - - - - - - - -");
        score(id, "AUDIT", PLAN, "M M - - - - - - - -");
        score(id, "MODERATION", PLAN, "M M - - - - - - - -");

        HttpResponse<String> read = call(LEAD, "GET", "/internal/audits/rounds/" + id + "/findings", null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Map<String, Object> findings = map(read);
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) findings.get("criteria");
        assertThat(criteria).hasSize(9).extracting(c -> c.get("position")).startsWith(1, 2, 3);
        // Not met 1 (case 7), partially 3 (5, 8 resolved, 9), met 6 of 10.
        assertThat(figures(criteria.get(0))).containsExactly("10", "1", "10%", "3", "30%", "6", "60%");
        assertThat(figures(criteria.get(1))).as("five of the ten scored").containsExactly("5", "1", "20%", "1", "20%", "3", "60%");
        assertThat(figures(criteria.get(8))).containsExactly("0", "0", "not scored", "0", "not scored", "0", "not scored");
        assertThat((String) criteria.get(0).get("wording")).startsWith("Harm is described through");

        List<Map<String, Object>> byTraining = (List<Map<String, Object>>) findings.get("byTraining");
        assertThat(byTraining).extracting(t -> t.get("training")).containsExactly("CHAMPION", "ST_TRAINED", "NOT_TRAINED", null);
        assertThat(byTraining).extracting(t -> figures(((List<Map<String, Object>>) t.get("criteria")).getFirst())).containsExactly(
                List.of("3", "0", "0%", "0", "0%", "3", "100%"),
                List.of("4", "1", "25%", "1", "25%", "2", "50%"),
                List.of("2", "0", "0%", "2", "100%", "0", "0%"),
                List.of("1", "0", "0%", "0", "0%", "1", "100%"));

        Map<String, Object> agreement = (Map<String, Object>) findings.get("agreement");
        assertThat(agreement).containsEntry("flagUnder", 0.6);
        // Criterion 1: same on 3 of 4; chance .5×.25 + .25×.5 + .25×.25 = .3125; κ = .4375 / .6875. Weighted: .875 against .5625.
        // Criterion 2: the auditor split met and not met, the moderator met twice: κ = 0, flagged. Criterion 3: all met, undefined.
        assertThat((List<Map<String, Object>>) agreement.get("criteria"))
                .extracting(a -> a.get("position"), a -> a.get("pairs"), a -> a.get("observed"), a -> a.get("kappa"), a -> a.get("weightedKappa"),
                        a -> a.get("flagged"))
                .startsWith(tuple(1, "4", "75%", "0.64", "0.71", false), tuple(2, "2", "50%", "0.00", "0.00", true),
                        tuple(3, "2", "100%", "undefined", "undefined", false), tuple(4, "0", "no pairs", "no pairs", "no pairs", false));
        // All eight pairs: same on 6; the auditor met 5, partially 1, not 2, the moderator 5, 2, 1: chance 29/64, κ = .296875 / .546875.
        assertThat((Map<String, Object>) agreement.get("overall")).containsEntry("pairs", "8").containsEntry("observed", "75%")
                .containsEntry("kappa", "0.54").containsEntry("flagged", true);
        assertThat(findings).containsEntry("countsWithheld", false).containsEntry("baseline", null);

        assertThat(call(AUDITOR, "GET", "/internal/audits/rounds/" + id + "/findings", null).statusCode()).as("an auditor of the round").isEqualTo(200);
        for (Person outsider : List.of(PRACTITIONER, NEWHAM_LEAD)) {
            assertThat(call(outsider, "GET", "/internal/audits/rounds/" + id + "/findings", null).statusCode()).as(outsider.id()).isEqualTo(404);
            assertThat(call(outsider, "GET", "/internal/audits/rounds/" + id + "/findings.csv", null).statusCode()).isEqualTo(404);
        }
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE record_type = 'audit-round-findings' AND record_id = '" + id + "' AND refused IS NULL"))
                .as("each read audited").isEqualTo(2);

        HttpResponse<String> csv = call(PROJECT_MANAGER, "GET", "/internal/audits/rounds/" + id + "/findings.csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"" + findings.get("reference") + "-findings.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).as("header, 9 criteria, 9 per each of 4 training statuses, all criteria").hasSize(1 + 9 + 36 + 1);
        assertThat(lines.getFirst()).startsWith("Criterion,Wording,Allocated worker's training,Scored,Sample,Not met,Not met %");
        assertThat(lines.get(1)).isEqualTo("1,\"Harm is described through the perpetrator's pattern of behaviour, not as incidents\","
                + "all cases,10,10,1,10%,3,30%,6,60%,4,75%,0.64,0.71,no,,,,,");
        // Criterion 2 on the champions' cases 1-3: met, not met, met. Weighted over all pairs: .8125 against .609375.
        assertThat(lines).contains("2,Specific abusive behaviours are documented,champion,3,10,1,33%,0,0%,2,67%,,,,,,,,,,",
                "All criteria,,all cases,,,,,,,,,8,75%,0.54,0.52,yes,,,,,");
        assertThat(csv.body()).doesNotContain("HK-", "st-reviewer", "champion.hackney");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aKappaOfNoBetterThanChanceOverEighteenPairsReadsZeroNotMinusZero() throws Exception {
        String id = sampledRound(FIRST, "BASELINE", null);
        // On each of the nine criteria: the auditor met on case 1 and partially on case 2, the moderator met on both.
        // Pooled, κ = 0 in exact arithmetic; eighteen 1/18ths summed in floating point leave it a hair under zero.
        for (int position = 1; position <= 9; position++) {
            String criterion = "a0d17000-0000-4000-8000-00000000010" + position;
            score(id, "AUDIT", criterion, "M P");
            score(id, "MODERATION", criterion, "M M");
        }
        Map<String, Object> agreement = (Map<String, Object>) map(call(LEAD, "GET", "/internal/audits/rounds/" + id + "/findings", null)).get("agreement");
        assertThat((List<Map<String, Object>>) agreement.get("criteria")).allSatisfy(c -> assertThat(c).containsEntry("kappa", "0.00"));
        assertThat((Map<String, Object>) agreement.get("overall")).containsEntry("pairs", "18").containsEntry("observed", "50%")
                .containsEntry("kappa", "0.00").containsEntry("weightedKappa", "0.00").containsEntry("flagged", true);
        assertThat(call(LEAD, "GET", "/internal/audits/rounds/" + id + "/findings.csv", null).body())
                .contains("All criteria,,all cases,,,,,,,,,18,50%,0.00,0.00,yes,,,,,");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEvaluatorSeesFindingsAndTheSummaryWithSmallCountsWithheldAndNoCaseNorAuditor() throws Exception {
        String id = sampledRound(FIRST, "BASELINE", null);
        score(id, "AUDIT", PATTERN, "M M M M P M N N P M");

        HttpResponse<String> read = call(EVALUATOR, "GET", "/internal/audits/rounds/" + id + "/findings", null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Map<String, Object> findings = map(read);
        // Met 6 of 10 is shown; not met 2 and partially 2 are under 5, and so are every training status's scored cases.
        assertThat(figures(((List<Map<String, Object>>) findings.get("criteria")).getFirst()))
                .containsExactly("10", "fewer than 5", "withheld", "fewer than 5", "withheld", "6", "60%");
        List<Map<String, Object>> byTraining = (List<Map<String, Object>>) findings.get("byTraining");
        assertThat(((List<Map<String, Object>>) byTraining.getFirst().get("criteria")).getFirst())
                .containsEntry("scored", "fewer than 5").extracting(c -> ((Map<String, Object>) c.get("met")).get("percent")).isEqualTo("withheld");
        assertThat(findings).containsEntry("countsWithheld", true);
        assertThat(read.body()).doesNotContain("HK-", "st-reviewer", "champion.hackney", "borough-lead.hackney");
        assertThat(call(EVALUATOR, "GET", "/internal/audits/rounds/" + id, null).statusCode()).as("the round itself").isEqualTo(404);
        assertThat(call(EVALUATOR, "GET", "/internal/audits/rounds/" + id + "/findings.csv", null).body())
                .contains("all cases,10,10,fewer than 5,withheld,fewer than 5,withheld,6,60%").doesNotContain("HK-");

        Map<String, Object> summary = map(call(EVALUATOR, "GET", "/internal/audits/summary?year=" + TODAY.getYear(), null));
        assertThat(summary).containsEntry("year", TODAY.getYear()).containsEntry("countsWithheld", true);
        Map<String, Object> hackney = ((List<Map<String, Object>>) summary.get("boroughs")).getFirst();
        assertThat(hackney).containsEntry("borough", "hackney");
        Map<String, Object> round = ((List<Map<String, Object>>) hackney.get("rounds")).stream()
                .filter(r -> id.equals(r.get("roundId"))).findFirst().orElseThrow();
        assertThat(round).containsEntry("sampleSize", 10).containsEntry("pairs", "0").containsEntry("kappa", "no pairs");
        assertThat((List<Map<String, Object>>) round.get("criteria")).extracting(c -> c.get("position"), c -> c.get("scored"), c -> c.get("met"))
                .startsWith(tuple(1, "10", "60%"), tuple(2, "0", "not scored"));
        assertThat(call(PRACTITIONER, "GET", "/internal/audits/summary?year=" + TODAY.getYear(), null).statusCode()).isEqualTo(404);
        assertThat(call(PROJECT_MANAGER, "GET", "/internal/audits/summary?year=1999", null).body()).contains("\"field\":\"year\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFollowUpOnARevisedToolComparesEachCriterionWithItsBaseline() throws Exception {
        // Version 2 continues criteria 1 and 2 and adds one; version 3 continues version 2's first and new ones only.
        Map<String, Object> second = map(call(PROJECT_MANAGER, "POST", "/internal/audits/tools/" + FIRST + "/versions", """
                {"criteria": [{"continues": "%s", "wording": "Harm is described as the perpetrator's pattern of coercive control"},
                  {"continues": "%s", "wording": "Specific abusive behaviours are documented with their dates"},
                  {"wording": "The child's own account is recorded"}]}""".formatted(PATTERN, BEHAVIOURS)));
        List<Map<String, Object>> secondCriteria = (List<Map<String, Object>>) second.get("criteria");
        HttpResponse<String> made = call(PROJECT_MANAGER, "POST", "/internal/audits/tools/" + second.get("id") + "/versions", """
                {"criteria": [{"continues": "%s", "wording": "Harm is described as a pattern of coercive control"},
                  {"continues": "%s", "wording": "The child's own words are recorded"}]}"""
                .formatted(secondCriteria.get(0).get("id"), secondCriteria.get(2).get("id")));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        Map<String, Object> third = map(made);
        List<Map<String, Object>> thirdCriteria = (List<Map<String, Object>>) third.get("criteria");

        String baseline = sampledRound(FIRST, "BASELINE", null);
        score(baseline, "AUDIT", PATTERN, "M M M M P N N N P P");
        String followUp = sampledRound((String) third.get("id"), "FOLLOW_UP", baseline);
        score(followUp, "AUDIT", (String) thirdCriteria.get(0).get("id"), "M M M M M M M M M P");
        score(followUp, "AUDIT", (String) thirdCriteria.get(1).get("id"), "M P - - - - - - - -");

        Map<String, Object> findings = map(call(LEAD, "GET", "/internal/audits/rounds/" + followUp + "/findings", null));
        Map<String, Object> comparison = (Map<String, Object>) findings.get("baseline");
        assertThat(comparison).containsEntry("baselineRoundId", baseline);
        List<Map<String, Object>> changes = (List<Map<String, Object>>) comparison.get("criteria");
        // Met 4 of 10 then, 9 of 10 now.
        assertThat(changes.getFirst()).containsEntry("comparison", "CONTINUED").containsEntry("position", 1).containsEntry("baselinePosition", 1)
                .containsEntry("metThen", "4").containsEntry("scoredThen", "10").containsEntry("percentThen", "40%")
                .containsEntry("metNow", "9").containsEntry("scoredNow", "10").containsEntry("percentNow", "90%")
                .containsEntry("change", "up 50 points");
        assertThat(changes.get(1)).containsEntry("comparison", "NEW").containsEntry("wording", "The child's own words are recorded")
                .containsEntry("metNow", "1").containsEntry("percentNow", "50%").containsEntry("metThen", null);
        assertThat(changes.subList(2, changes.size())).as("the baseline's criteria 2 to 9, criterion 2 dropped by version 3")
                .extracting(c -> c.get("comparison"), c -> c.get("baselinePosition"))
                .containsExactly(tuple("NO_LONGER_AUDITED", 2), tuple("NO_LONGER_AUDITED", 3), tuple("NO_LONGER_AUDITED", 4),
                        tuple("NO_LONGER_AUDITED", 5), tuple("NO_LONGER_AUDITED", 6), tuple("NO_LONGER_AUDITED", 7),
                        tuple("NO_LONGER_AUDITED", 8), tuple("NO_LONGER_AUDITED", 9));

        List<String> csv = call(LEAD, "GET", "/internal/audits/rounds/" + followUp + "/findings.csv", null).body().lines().toList();
        assertThat(csv.get(1)).endsWith(",continued,4,10,40%,up 50 points");
        assertThat(csv).contains(",Specific abusive behaviours are documented" + ",".repeat(15) + "no longer audited,0,0,not scored,");
    }

    /** A round of the ten cases above, all sampled, planned and uploaded by the lead; its id. */
    private String sampledRound(String toolId, String purpose, String follows) throws Exception {
        HttpResponse<String> planned = call(LEAD, "POST", "/internal/audits/rounds", """
                {"purpose": "%s", %s "cohortDescription": "Closed to children's social care, domestic abuse a factor", "sampleSize": 10,
                 "toolId": "%s", "dueOn": "%s", "auditors": ["st-reviewer.hackney", "champion.hackney"], "moderators": ["borough-lead.hackney"]}"""
                .formatted(purpose, follows == null ? "" : "\"follows\": \"" + follows + "\",", toolId, TODAY.plusMonths(1)));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String id = (String) map(planned).get("id");
        HttpResponse<String> sampled = call(LEAD, "POST", "/internal/audits/rounds/" + id + "/cohort",
                "{\"file\":\"" + COHORT.replace("\n", "\\n") + "\"}");
        assertThat(sampled.statusCode()).as(sampled.body()).isEqualTo(200);
        return id;
    }

    /** One criterion's scores of cases HK-01 to HK-10 in order: M met, P partially met, N not met, - none. */
    private void score(String roundId, String scoredAs, String criterionId, String perCase) {
        List<AuditCase> sample = rounds.sampleOf(UUID.fromString(roundId));
        String[] given = perCase.split(" ");
        Map<String, Score> letters = Map.of("M", Score.MET, "P", Score.PARTIALLY_MET, "N", Score.NOT_MET);
        for (int i = 0; i < given.length; i++) {
            if (letters.containsKey(given[i])) {
                AuditCase scored = sample.get(i);
                scores.addScores(scored.roundId(), scored.id(), scoredAs, List.of(criterionId), List.of(letters.get(given[i]).name()),
                        List.of("Evidence in the case notes"), "st-reviewer.hackney", Instant.now());
            }
        }
    }

    /** Scored, then each score's count and percentage, as shown. */
    @SuppressWarnings("unchecked")
    private static List<String> figures(Map<String, Object> criterion) {
        List<String> figures = new ArrayList<>(List.of((String) criterion.get("scored")));
        for (String score : List.of("notMet", "partiallyMet", "met")) {
            Map<String, Object> figure = (Map<String, Object>) criterion.get(score);
            figures.add((String) figure.get("count"));
            figures.add((String) figure.get("percent"));
        }
        return figures;
    }
}
