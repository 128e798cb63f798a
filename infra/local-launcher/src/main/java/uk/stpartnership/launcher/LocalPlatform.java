package uk.stpartnership.launcher;

import uk.stpartnership.engine.EngineClock;
import uk.stpartnership.engine.server.EngineServer;
import uk.stpartnership.engine.server.EngineServerSettings;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine: PostgreSQL, the platform's process engine on it (in this JVM, speaking Zeebe's API),
 * an SMTP server whose mail a person can read, and the three services, each as it would run in production but pointed at
 * these.
 * Everything is kept under var/, so a restart carries on where the last run stopped.
 */
public final class LocalPlatform implements AutoCloseable {

    /**
     * What every part listens on: this machine only, since local mode has demo passwords, a database that trusts
     * whoever connects, and an engine and mail open to all. Outside local mode each service's address is configuration
     * (MICRONAUT_SERVER_HOST; all interfaces if unset).
     */
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * @param home             where the build put the service jars (services/)
     * @param var              where the platform keeps its state and logs
     * @param zeebeGrpcAddress an engine that is already running (e.g. "http://127.0.0.1:26500"), or null to start the
     *                         platform's own
     * @param demoHistory      whether workflow-service loads the demo history on the first start (past meetings,
     *                         consultations, complaints); the journey tests start without it, to see only what they do
     * @param environment      what every service's environment gains besides the launcher's own, e.g. an OpenID
     *                         Connect provider's OIDC_* settings
     */
    public record Settings(Path home, Path var, Ports ports, String zeebeGrpcAddress, boolean demoHistory, Map<String, String> environment) {

        public Settings {
            environment = Map.copyOf(environment);
        }

        public Settings(Path home, Path var, Ports ports, String zeebeGrpcAddress, boolean demoHistory) {
            this(home, var, ports, zeebeGrpcAddress, demoHistory, Map.of());
        }

        public Settings(Path home, Path var, Ports ports, String zeebeGrpcAddress) {
            this(home, var, ports, zeebeGrpcAddress, false);
        }

        public Settings(Path home, Path var, Ports ports) {
            this(home, var, ports, null);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Settings settings;
    private final List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
    private LocalMail mail;

    private LocalPlatform(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("platform.home", "infra/local-launcher/target"));
        Path var = Path.of(System.getProperty("platform.var", "var"));
        Instant started = Instant.now();
        System.out.println("Starting the S&T Partnership Platform (state in " + var.toAbsolutePath() + ")");
        LocalPlatform platform = start(new Settings(home, var, Ports.defaults(), null, true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the platform …");
            platform.close();
            System.out.println("Stopped. Everything is kept in " + var.toAbsolutePath() + "; start again to carry on.");
            stopped.countDown();
        }));
        platform.printWelcome(Duration.between(started, Instant.now()));
        stopped.await();
    }

    public static LocalPlatform start(Settings settings) throws Exception {
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.startAll();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Path var = settings.var().toAbsolutePath();
        Files.createDirectories(var);
        Ports ports = settings.ports();
        Secrets secrets = Secrets.loadOrCreate(var);
        Path logs = var.resolve("logs");

        LocalPostgres postgres = Progress.step("PostgreSQL on port " + ports.postgres(), () -> LocalPostgres.start(var, ports.postgres()));
        running.add(postgres);
        mail = Progress.step("Mail server: SMTP " + ports.smtp() + ", IMAP " + ports.imap(), () -> LocalMail.start(ports, var));
        running.add(mail);
        String zeebe = settings.zeebeGrpcAddress();
        if (zeebe == null) {
            EngineServer engine = Progress.step("Process engine on port " + ports.engine(), () -> startEngine(postgres, secrets));
            running.add(engine);
            zeebe = "http://" + LOOPBACK + ":" + ports.engine();
        }

        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", postgres.jdbcUrl());
        environment.put("DATABASE_USERNAME", LocalPostgres.USER);
        environment.put("DATABASE_PASSWORD", "");
        environment.put("PLATFORM_SERVICE_TOKEN", secrets.serviceToken());
        environment.put("JWT_SECRET", secrets.jwtSecret());
        environment.put("ZEEBE_GRPC_ADDRESS", zeebe);
        environment.put("SMTP_HOST", "127.0.0.1");
        environment.put("SMTP_PORT", Integer.toString(ports.smtp()));
        environment.put("UI_API_URL", "http://127.0.0.1:" + ports.uiApi());
        environment.put("WORKFLOW_SERVICE_URL", "http://127.0.0.1:" + ports.workflowService());
        environment.put("UI_API_PORT", Integer.toString(ports.uiApi()));
        environment.put("WORKFLOW_PORT", Integer.toString(ports.workflowService()));
        environment.put("NOTIFICATION_PORT", Integer.toString(ports.notificationService()));
        environment.put("MICRONAUT_ENVIRONMENTS", "local");
        environment.put("PLATFORM_DEMO_HISTORY", Boolean.toString(settings.demoHistory()));
        environment.put("MICRONAUT_SERVER_HOST", LOOPBACK);
        environment.put("DEMO_PASSWORD", DemoAccounts.DEMO_PASSWORD);
        // One person's platform: a few connections each keep PostgreSQL's backends (and the memory they hold) few.
        environment.put("DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE", "4");
        environment.putAll(settings.environment());

        Progress.step("Services: ui-api, workflow-service, notification-service", () -> {
            // ui-api first: workflow-service checks the people it is given (its demo groups' chair and members) in
            // ui-api's directory as it starts.
            ChildProcess uiApi = startService("ui-api", ports.uiApi(), environment, logs);
            uiApi.awaitReady(() -> healthy(ports.uiApi()), Duration.ofSeconds(120));
            ChildProcess workflow = startService("workflow-service", ports.workflowService(), environment, logs);
            ChildProcess notification = startService("notification-service", ports.notificationService(), environment, logs);
            workflow.awaitReady(() -> healthy(ports.workflowService()), Duration.ofSeconds(120));
            notification.awaitReady(() -> healthy(ports.notificationService()), Duration.ofSeconds(120));
            return null;
        });
    }

    /** The platform's engine, in this JVM, keeping its state in the engine schema of the platform's database. */
    private EngineServer startEngine(LocalPostgres postgres, Secrets secrets) {
        Ports ports = settings.ports();
        return EngineServer.start(new EngineServerSettings(
                new EngineServerSettings.Database(postgres.jdbcUrl(), LocalPostgres.USER, "", "engine", 4), EngineClock.system(),
                new InetSocketAddress(LOOPBACK, ports.engine()), new InetSocketAddress(LOOPBACK, ports.engineOperations()),
                EngineServerSettings.Authentication.none(), secrets.serviceToken()));
    }

    private ChildProcess startService(String name, int port, Map<String, String> environment, Path logs) throws Exception {
        Path jar = settings.home().resolve("services").resolve(name + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": build with ./mvnw install first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ChildProcess service = ChildProcess.start(name, List.of(java, "-Xmx384m", "-jar", jar.toString()), environment, logs);
        running.add(service);
        return service;
    }

    private static boolean healthy(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }

    /** The in-process mail server, for tests that read what was sent. */
    public List<jakarta.mail.internet.MimeMessage> receivedMail() {
        return mail.received();
    }

    public URI uiApi() {
        return URI.create("http://127.0.0.1:" + settings.ports().uiApi());
    }

    private void printWelcome(Duration startUp) {
        Ports ports = settings.ports();
        System.out.printf("""

                The S&T Partnership Platform is running (started in %.0f s).

                  Pages                 http://localhost:%d/   (sign in as any demo person below)
                  API (ui-api)          http://localhost:%d/api   (OpenAPI: http://localhost:%d/swagger/ui-api.yml)
                  Mail sent             http://localhost:%d   (or IMAP localhost:%d, user and password = the address)
                  Process engine        localhost:%d   (Zeebe's gRPC API; operations http://localhost:%d, service token in var/)
                  PostgreSQL            jdbc:postgresql://localhost:%d/%s   (user %s)
                  Logs                  %s

                Sign in on the pages, or with POST http://localhost:%d/api/sign-in {"username": "...", "password": "%s"}, e.g.
                %s
                (one person for every role in every organisation: <role>.<organisation>, see the README)

                Press Ctrl-C to stop; everything is kept for the next start.
                %n""", startUp.toMillis() / 1000.0, ports.uiApi(), ports.uiApi(), ports.uiApi(), ports.mailPage(), ports.imap(),
                ports.engine(), ports.engineOperations(), ports.postgres(), LocalPostgres.DATABASE, LocalPostgres.USER,
                settings.var().resolve("logs").toAbsolutePath(), ports.uiApi(), DemoAccounts.DEMO_PASSWORD,
                String.join("\n", DemoAccounts.EXAMPLES.stream().map(line -> "  " + line).toList()));
    }

    /** Stops everything in the reverse order of starting: services, engine, mail, PostgreSQL. */
    @Override
    public void close() {
        List<AutoCloseable> toClose = new ArrayList<>(running);
        Collections.reverse(toClose);
        for (AutoCloseable part : toClose) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
        running.clear();
    }
}
