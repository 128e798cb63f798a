package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.stpartnership.launcher.demo.DemoAccounts;
import uk.stpartnership.testsupport.TestEngine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The API document ui-api serves, held to what the running platform does: it lints clean under Redocly's recommended
 * rules, and every operation in it accepts a valid example built from its schemas and answers 400, naming the field,
 * to a request without one of its required fields. The person making each request is the first role the operation's
 * description names (so the description is checked too), in Hackney, or partnership-wide for the partnership's roles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Pattern ROLE = Pattern.compile("\\b(PROJECT_MANAGER|BOROUGH_LEAD|IMPLEMENTATION_LEAD|CHAMPION|PRACTITIONER"
            + "|COMPLAINTS_OFFICER|COMPLAINTS_MANAGER|ST_REVIEWER|STEERING_GROUP_MEMBER|EVALUATOR|FINANCE_MANAGER)\\b");
    private static final List<String> PARTNERSHIP_WIDE = List.of("PROJECT_MANAGER", "STEERING_GROUP_MEMBER", "EVALUATOR");
    /** Who acts where an operation's description names no role: by the operation's tag. */
    private static final Map<String, String> BY_TAG = Map.of(
            "Complaints", "complaints-officer.hackney",
            "Tasks", "complaints-officer.hackney",
            "Case consultations", "practitioner.hackney",
            "Sign-in", "complaints-officer.hackney");
    private static final String GOVERNANCE = "project-manager.respect";
    /** The audit tool's first version, as workflow-service's migration V26 makes it. */
    private static final String FIRST_AUDIT_TOOL = "a0d17000-0000-4000-8000-000000000001";
    private static final Path LINT = Path.of("api-lint");

    private final TestEngine engine = TestEngine.start();
    private final Map<String, PlatformClient> people = new ConcurrentHashMap<>();
    private final AtomicReference<String> championId = new AtomicReference<>();
    private LocalPlatform platform;
    private Map<String, Object> document;
    private Path documentFile;

    @BeforeAll
    void start() throws Exception {
        platform = LocalPlatform.start(new LocalPlatform.Settings(Path.of(System.getProperty("platform.home", "target")),
                Files.createTempDirectory("api-contract"), Journeys.freePorts(), engine.grpcAddress(), true));
        PlatformClient.Answer answer = PlatformClient.send(platform.uiApi(), null, "GET", "/swagger/ui-api.yml", null);
        assertThat(answer.status()).as("the document, to anyone").isEqualTo(200);
        documentFile = Path.of("target", "api-contract", "ui-api.yml");
        Files.createDirectories(documentFile.getParent());
        Files.writeString(documentFile, answer.body());
        // The generator writes a schema used many times once, with aliases: more than SnakeYAML's default of 50 now.
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1_000);
        document = new Yaml(new SafeConstructor(options)).load(answer.body());
    }

    @AfterAll
    void stop() {
        Journeys.stop(platform, engine);
    }

    @Test
    void theDocumentLintsCleanUnderRedoclysRecommendedRules() throws Exception {
        Process lint = new ProcessBuilder(LINT.resolve("node_modules/.bin/redocly").toString(), "lint",
                documentFile.toAbsolutePath().toString(), "--config", LINT.resolve("redocly.yaml").toString(), "--format=summary")
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = lint.waitFor();
        System.out.println(output);
        assertThat(exit).as(output).isZero();
        assertThat(output).as("no errors and no warnings").doesNotContainPattern("(?m)^(error|warning) ");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAcceptsAValidExampleAndNamesEachMissingRequiredField() {
        List<DynamicTest> tests = new ArrayList<>();
        paths().forEach((path, operations) -> map(operations).forEach((method, operation) ->
                tests.add(DynamicTest.dynamicTest(method.toUpperCase() + " " + path, () -> check(method, path, map(operation))))));
        assertThat(tests).as("operations in the document").hasSizeGreaterThan(30);
        return tests.stream();
    }

    private void check(String method, String path, Map<String, Object> operation) {
        PlatformClient person = person(operation);
        String uri = withPathValues(path, person);
        Map<String, Object> bodySchema = bodySchema(operation);
        Map<String, Object> query = new LinkedHashMap<>();
        List<Map<String, Object>> parameters = listOfMaps(operation.get("parameters"));
        parameters.stream().filter(p -> "query".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required")))
                .forEach(p -> query.put((String) p.get("name"), example(map(p.get("schema")))));
        Object body = switch (String.valueOf(operation.get("operationId"))) {
            case "completeTask" -> answers(person, uri);
            case "signIn" -> Map.of("username", person.username(), "password", DemoAccounts.DEMO_PASSWORD);
            // A meeting moves to a later time: today at the example's time has passed by the afternoon.
            case "moveMeeting" -> {
                Map<String, Object> move = new LinkedHashMap<>(map(example(bodySchema)));
                move.put("date", TODAY.plusWeeks(1).toString());
                yield move;
            }
            case "nominateChampion" -> nomination("champion.hackney", true);
            case "applyAsChampion" -> nomination(person.username(), false);
            // An implementation lead sets up their own borough's cohort, in a venue.
            case "planCohort" -> cohortExample("hackney");
            // A new version continuing nothing: a criterion the example named by id would not be of the version revised.
            case "planAuditRound" -> auditRound();
            // A cohort as large as the round's sample (the schema's example holds one case).
            case "uploadAuditCohort" -> Map.of("file", "case_reference\n" + IntStream.rangeClosed(1, 15)
                    .mapToObj(i -> "HK-2022-" + i).collect(Collectors.joining("\n")));
            // A decision of the demo history's decision log, cancelling a baseline's promised follow-up.
            case "cancelAuditFollowUp" -> Map.of("decisionId", aDecision());
            case "reviseAuditTool" -> Map.of("criteria", List.of(Map.of("wording", "The plan is clear on what parents are expected to do")));
            default -> bodySchema == null ? null : example(bodySchema);
        };

        for (String required : query.keySet()) {
            Map<String, Object> without = new LinkedHashMap<>(query);
            without.remove(required);
            assertNamesMissing(send(person, method, uri + queryString(without), body), required);
        }
        if (body instanceof Map<?, ?> fields && bodySchema != null) {
            for (Object required : listOf(resolve(bodySchema).get("required"))) {
                Map<String, Object> without = new LinkedHashMap<>(map(fields));
                without.remove(required);
                assertNamesMissing(send(person, method, uri + queryString(query), without), (String) required);
            }
        }
        PlatformClient.Answer valid = send(person, method, uri + queryString(query), body);
        System.out.printf("%s %s as %s: %d%n", method.toUpperCase(), path, person.username(), valid.status());
        boolean mayConflict = map(operation.get("responses")).containsKey("409");
        assertThat(valid.status() / 100 == 2 || mayConflict && valid.status() == 409)
                .as("a valid example is accepted: %s %s with %s answered %s", method, uri, body, valid).isTrue();
    }

    private static void assertNamesMissing(PlatformClient.Answer answer, String field) {
        assertThat(answer.status()).as("without %s: %s", field, answer).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        Map<String, Object> problem = answer.json();
        List<Object> named = new ArrayList<>();
        named.add(problem.get("field"));
        listOfMaps(problem.get("errors")).forEach(error -> named.add(error.get("field")));
        assertThat(named).as("the problem names %s: %s", field, answer.body()).contains(field);
    }

    private PlatformClient.Answer send(PlatformClient person, String method, String uri, Object body) {
        String json = body == null ? null : PlatformClient.toJson(body);
        return PlatformClient.send(platform.uiApi(), person.token(), method.toUpperCase(), uri, json);
    }

    /** The first role the operation's description names, or the tag's usual person. */
    private PlatformClient person(Map<String, Object> operation) {
        Matcher role = ROLE.matcher(String.valueOf(operation.getOrDefault("description", "")));
        String username;
        if (role.find()) {
            String name = role.group(1);
            username = name.toLowerCase().replace('_', '-') + (PARTNERSHIP_WIDE.contains(name) ? ".respect" : ".hackney");
        } else {
            username = BY_TAG.getOrDefault(String.valueOf(listOf(operation.get("tags")).get(0)), GOVERNANCE);
        }
        return signedIn(username);
    }

    private PlatformClient signedIn(String username) {
        return people.computeIfAbsent(username, name -> PlatformClient.signIn(platform.uiApi(), name));
    }

    /** The path with a fresh record of its kind in each {placeholder}, so that no operation depends on another's. */
    private String withPathValues(String path, PlatformClient person) {
        if (path.startsWith("/api/complaints/{id}")) {
            return path.replace("{id}", (String) newComplaint().get("id"));
        }
        if (path.startsWith("/api/meeting-series/{id}")) {
            return path.replace("{id}", newSeries());
        }
        if (path.startsWith("/api/meetings/{meetingId}")) {
            String meeting = newMeeting();
            String item = (String) signedIn(GOVERNANCE).post("/api/meetings/" + meeting + "/agenda-items",
                    PlatformClient.toJson(example(schema("AgendaItemRequest")))).json().get("id");
            return path.replace("{meetingId}", meeting).replace("{itemId}", item);
        }
        if (path.startsWith("/api/meetings/{id}")) {
            return path.replace("{id}", newMeeting());
        }
        if (path.startsWith("/api/actions/{id}")) {
            List<Map<String, Object>> open = signedIn(GOVERNANCE).get("/api/actions?status=OPEN&size=100").items();
            assertThat(open).as("open actions of the demo history").isNotEmpty();
            return path.replace("{id}", (String) open.get(0).get("id"));
        }
        if (path.startsWith("/api/trainers/{id}")) {
            return path.replace("{id}", newTrainer());
        }
        if (path.startsWith("/api/champions/{id}")) {
            return path.replace("{id}", champion());
        }
        if (path.startsWith("/api/tasks/{key}")) {
            Object reference = newComplaint().get("reference");
            String key = await().atMost(WAIT).until(() -> person.tasks().stream()
                    .filter(task -> reference.equals(task.get("businessReference"))).map(task -> (String) task.get("key"))
                    .findFirst().orElse(null), Objects::nonNull);
            if (path.endsWith("/unclaim")) {
                assertThat(person.post("/api/tasks/" + key + "/claim", null).status()).isEqualTo(200);
            }
            return path.replace("{key}", key);
        }
        if (path.startsWith("/api/training/cohorts/{id}")) {
            // A cross-borough cohort of today (the project manager is the delivery partner's) with a place for the practitioner.
            String cohort = newCohort();
            newBooking(cohort);
            return path.replace("{id}", cohort).replace("{day}", "1");
        }
        if (path.startsWith("/api/surveys/cohorts/{id}")) {
            // The practitioner's place on a cohort of today: its survey after the course is open.
            String cohort = newCohort();
            newBooking(cohort);
            return path.replace("{id}", cohort).replace("{phase}", "POST");
        }
        if (path.startsWith("/api/training/bookings/{id}")) {
            return path.replace("{id}", newBooking(newCohort()));
        }
        if (path.equals("/api/audits/rounds/{id}/follow-up/cancellation")) {
            return path.replace("{id}", newBaselineRound());
        }
        if (path.startsWith("/api/audits/rounds/{id}")) {
            return path.replace("{id}", newAuditRound());
        }
        if (path.startsWith("/api/audits/tools/{id}")) {
            return path.replace("{id}", FIRST_AUDIT_TOOL);
        }
        if (path.startsWith("/api/training/people/{personId}")) {
            return path.replace("{personId}", "practitioner.hackney");
        }
        assertThat(path).as("a path with a placeholder this test can fill").doesNotContain("{");
        return path;
    }

    private Map<String, Object> newComplaint() {
        PlatformClient.Answer recorded = signedIn("complaints-officer.hackney").post("/api/complaints",
                PlatformClient.toJson(example(schema("ComplaintRequest"))));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json();
    }

    /** A trainer's accreditation (the example's trainer), recorded once: each later call finds it. */
    private String newTrainer() {
        PlatformClient projectManager = signedIn("project-manager.respect");
        projectManager.post("/api/trainers", PlatformClient.toJson(example(schema("RecordAccreditationRequest"))));
        List<Map<String, Object>> trainers = projectManager.get("/api/trainers?size=100").items();
        assertThat(trainers).as("trainers").isNotEmpty();
        return (String) trainers.get(0).get("id");
    }

    /** A nomination (or an application) for a team of its own, with a line manager of the borough. */
    private Map<String, Object> nomination(String candidate, boolean nominated) {
        Map<String, Object> nomination = new LinkedHashMap<>();
        if (nominated) {
            nomination.put("candidate", candidate);
        }
        nomination.put("teamId", newTeam());
        nomination.put("practitionerRole", "Senior social worker");
        nomination.put("yearsInBorough", 6);
        nomination.put("lineManager", "borough-lead.hackney");
        return nomination;
    }

    private String newTeam() {
        PlatformClient.Answer added = signedIn("implementation-lead.hackney").post("/api/champions/teams",
                PlatformClient.toJson(Map.of("name", "Team " + UUID.randomUUID())));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return (String) added.json().get("id");
    }

    /** One champion (in training) for the champion routes: nominated, interested, release time agreed. */
    private String champion() {
        return championId.updateAndGet(known -> known != null ? known : newChampion());
    }

    private String newChampion() {
        String candidate = "st-reviewer.hackney";
        PlatformClient.Answer nominated = signedIn("implementation-lead.hackney").post("/api/champions/nominations",
                PlatformClient.toJson(nomination(candidate, true)));
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
        completeTask(signedIn(candidate), "confirm-champion-interest", Map.of("interested", true));
        completeTask(signedIn("borough-lead.hackney"), "agree-champion-release-time", Map.of("releaseAgreed", true));
        return await().atMost(WAIT).until(() -> signedIn("implementation-lead.hackney").get("/api/champions?size=100").items().stream()
                .filter(c -> candidate.equals(c.get("person"))).map(c -> (String) c.get("id")).findFirst().orElse(null), Objects::nonNull);
    }

    private void completeTask(PlatformClient person, String kind, Map<String, Object> answers) {
        String key = await().atMost(WAIT).until(() -> person.tasks().stream().filter(task -> kind.equals(task.get("kind")))
                .map(task -> (String) task.get("key")).findFirst().orElse(null), Objects::nonNull);
        PlatformClient.Answer done = person.post("/api/tasks/" + key + "/complete", PlatformClient.toJson(answers));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    /** A training cohort as planCohort's example sets it up: what the document's example leaves out (where, which borough) given. */
    private Map<String, Object> cohortExample(String borough) {
        Map<String, Object> cohort = new LinkedHashMap<>(map(example(schema("CohortRequest"))));
        cohort.put("course", "OVERVIEW");
        cohort.put("borough", borough);
        cohort.put("venue", "Hackney Town Hall");
        return cohort;
    }

    /** A routine round of Hackney's, audited and moderated by two people of the borough. */
    private static Map<String, Object> auditRound() {
        return Map.of("purpose", "ROUTINE", "cohortDescription", "Children on child protection plans linked to domestic abuse",
                "dueOn", TODAY.plusMonths(1).toString(), "auditors", List.of("st-reviewer.hackney"), "moderators", List.of("champion.hackney"));
    }

    private String newAuditRound() {
        return planAuditRound(auditRound());
    }

    /** A baseline of Hackney's promising its follow-up in six months. */
    private String newBaselineRound() {
        Map<String, Object> baseline = new LinkedHashMap<>(auditRound());
        baseline.put("purpose", "BASELINE");
        baseline.put("followUpDueOn", TODAY.plusMonths(6).toString());
        return planAuditRound(baseline);
    }

    private String planAuditRound(Map<String, Object> round) {
        PlatformClient.Answer planned = signedIn("implementation-lead.hackney").post("/api/audits/rounds", PlatformClient.toJson(round));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return (String) planned.json().get("id");
    }

    private String aDecision() {
        List<Map<String, Object>> decisions = signedIn("project-manager.respect").get("/api/decisions?page=0&size=1").items();
        assertThat(decisions).as("the demo history's decision log").isNotEmpty();
        return (String) decisions.get(0).get("id");
    }

    private String newCohort() {
        PlatformClient.Answer planned = signedIn(GOVERNANCE).post("/api/training/cohorts", PlatformClient.toJson(cohortExample(null)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return (String) planned.json().get("id");
    }

    private String newBooking(String cohort) {
        PlatformClient.Answer booked = signedIn(GOVERNANCE).post("/api/training/cohorts/" + cohort + "/bookings",
                PlatformClient.toJson(Map.of("personId", "practitioner.hackney")));
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
        return (String) booked.json().get("id");
    }

    private String newSeries() {
        PlatformClient.Answer created = signedIn(GOVERNANCE).post("/api/meeting-series",
                PlatformClient.toJson(example(schema("MeetingSeriesRequest"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    @SuppressWarnings("unchecked")
    private String newMeeting() {
        String series = newSeries();
        return await().atMost(WAIT).until(() -> {
            List<Map<String, Object>> upcoming = (List<Map<String, Object>>) signedIn(GOVERNANCE).get("/api/meeting-series/" + series)
                    .json().get("upcomingMeetings");
            return upcoming == null || upcoming.isEmpty() ? null : (String) upcoming.get(0).get("id");
        }, Objects::nonNull);
    }

    /** Answers to a task's own form (its fields differ by task, so the document describes them per task). */
    @SuppressWarnings("unchecked")
    private Object answers(PlatformClient person, String uri) {
        String taskUri = uri.substring(0, uri.lastIndexOf('/'));
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Map<String, Object> field : (List<Map<String, Object>>) person.get(taskUri).json().get("form")) {
            if (!Boolean.TRUE.equals(field.get("required"))) {
                continue;
            }
            List<Object> options = listOf(field.get("options"));
            answers.put((String) field.get("name"), switch ((String) field.get("type")) {
                case "DATE" -> TODAY.toString();
                case "YES_NO" -> false;
                case "CHOICE" -> options.get(0);
                case "CHOICES" -> List.of(options.get(0));
                case "TEXT_LIST", "RECORDS" -> List.of();
                default -> "Checked with the team manager";
            });
        }
        return answers;
    }

    /** A valid value for the schema: its example where it gives one, else the least its type and constraints allow. */
    private Object example(Map<String, Object> given) {
        Map<String, Object> schema = resolve(given);
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (schema.get("enum") instanceof List<?> values) {
            return values.get(0);
        }
        String type = String.valueOf(schema.get("type"));
        return switch (type) {
            case "string" -> {
                assertThat(schema).as("a patterned string gives an example").doesNotContainKey("pattern");
                yield switch (String.valueOf(schema.get("format"))) {
                    case "date" -> TODAY.toString();
                    case "email" -> "someone@example.test";
                    default -> "Example words";
                };
            }
            case "integer", "number" -> schema.get("minimum") instanceof Number minimum ? minimum : 1;
            case "boolean" -> false;
            case "array" -> schema.get("minItems") instanceof Number least && least.intValue() > 0
                    ? List.of(example(map(schema.get("items")))) : List.of();
            default -> {
                Map<String, Object> value = new LinkedHashMap<>();
                Map<String, Object> properties = schema.get("properties") == null ? Map.of() : map(schema.get("properties"));
                for (Object required : listOf(schema.get("required"))) {
                    value.put((String) required, example(map(properties.get(required))));
                }
                yield value;
            }
        };
    }

    /** The schema itself, following a $ref, or the one schema of an allOf. */
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String ref) {
            return resolve(schema(ref.substring("#/components/schemas/".length())));
        }
        if (schema.get("allOf") instanceof List<?> allOf && allOf.size() == 1 && !schema.containsKey("example")) {
            return resolve(map(allOf.get(0)));
        }
        return schema;
    }

    private Map<String, Object> schema(String name) {
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    private Map<String, Object> bodySchema(Map<String, Object> operation) {
        if (!(operation.get("requestBody") instanceof Map<?, ?> body)) {
            return null;
        }
        return map(map(map(body.get("content")).get("application/json")).get("schema"));
    }

    private Map<String, Object> paths() {
        return map(document.get("paths"));
    }

    private static String queryString(Map<String, Object> values) {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value));
        return query.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
