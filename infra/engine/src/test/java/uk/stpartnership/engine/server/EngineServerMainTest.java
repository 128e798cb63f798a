package uk.stpartnership.engine.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The standalone server as an operator runs it: settings from the environment, one line when ready, a clean SIGTERM. */
class EngineServerMainTest {

    private static final Pattern READY = Pattern.compile("Engine ready: gRPC 127\\.0\\.0\\.1:(\\d+), operations http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void theServerStartsFromItsEnvironmentSaysWhenItIsReadyAndStopsCleanlyOnSigterm(@TempDir Path directory) throws Exception {
        EngineServerSettings.Database database = TestServers.newDatabase(4);
        // A file, not a pipe: the JDK may drop what a pipe still holds when the process ends.
        Path log = directory.resolve("engine.log");
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EngineServer.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().putAll(Map.of(
                "ENGINE_JDBC_URL", database.jdbcUrl(), "ENGINE_JDBC_USER", database.username(),
                "ENGINE_JDBC_PASSWORD", database.password(), "ENGINE_AUTH", "none",
                "ENGINE_GRPC_PORT", "0", "ENGINE_OPS_PORT", "0", "PLATFORM_SERVICE_TOKEN", TestServers.SERVICE_TOKEN));
        Process server = command.start();
        try {
            await().atMost(60, TimeUnit.SECONDS).until(() -> READY.matcher(read(log)).find());
            Matcher ready = READY.matcher(read(log));
            assertThat(ready.find()).isTrue();

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + ready.group(2) + "/instances"))
                    .header("X-Service-Token", TestServers.SERVICE_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);

            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(read(log)).containsOnlyOnce("Engine ready").contains("Engine stopped").doesNotContain(" ERROR ");
        } finally {
            server.destroyForcibly();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
