package uk.stpartnership.uiapi.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.TestDatabases;

import java.net.http.HttpRequest;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside local mode (here only the "test" environment) the platform is served over HTTPS, and says so: HSTS. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictTransportSecurityTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabases.fresh();
    }

    @Test
    void every_answer_outside_local_mode_tells_browsers_to_use_https_only() {
        for (String path : new String[] {"/api/me", "/health"}) {
            var answer = SecurityHeadersTest.send(HttpRequest.newBuilder(server.getURI().resolve(path)));

            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(path).hasValue("max-age=31536000; includeSubDomains");
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }
}
