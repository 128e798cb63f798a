package uk.stpartnership.uiapi.people;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside local mode (here: only the "test" environment) no demo organisation or person is ever created. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutsideLocalModeTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    PeopleDirectory directory;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabases.fresh();
    }

    @Test
    void demo_data_does_not_load() {
        assertThat(context.containsBean(DemoPeople.class)).isFalse();
        assertThat(directory.isEmpty()).isTrue();
        Api.Answer signIn = new Api(server.getURI()).post("/api/sign-in",
                "{\"username\":\"implementation-lead.hackney\",\"password\":\"test-only-demo-password\"}");
        assertThat(signIn.status()).isEqualTo(401);
    }
}
