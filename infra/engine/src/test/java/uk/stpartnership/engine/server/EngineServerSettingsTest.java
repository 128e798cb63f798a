package uk.stpartnership.engine.server;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineServerSettingsTest {

    private static final Map<String, String> LOCAL = Map.of(
            "ENGINE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/platform",
            "ENGINE_AUTH", "none",
            "PLATFORM_SERVICE_TOKEN", "local-service-token-0123456789");

    @Test
    void localModeListensOnTheLoopbackInterfaceOnZeebesPortByDefault() {
        EngineServerSettings settings = EngineServerSettings.from(LOCAL::get);

        assertThat(settings.authentication().local()).isTrue();
        assertThat(settings.grpc()).isEqualTo(new InetSocketAddress("127.0.0.1", 26500));
        assertThat(settings.ops()).isEqualTo(new InetSocketAddress("127.0.0.1", 9600));
        assertThat(settings.database().schema()).isEqualTo("engine");
    }

    @Test
    void localModeWillNotListenBeyondTheLoopbackInterface() {
        Map<String, String> exposed = with(LOCAL, "ENGINE_GRPC_HOST", "0.0.0.0");

        assertThatThrownBy(() -> EngineServerSettings.from(exposed::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("127.0.0.1 only");
    }

    @Test
    void outsideLocalModeTheGatewayNeedsASecretOrAnIssuer() {
        Map<String, String> required = with(LOCAL, "ENGINE_AUTH", "required");

        assertThatThrownBy(() -> EngineServerSettings.from(required::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ENGINE_GRPC_SECRET");
        assertThatThrownBy(() -> EngineServerSettings.from(with(required, "ENGINE_GRPC_SECRET", "short")::get))
                .hasMessageContaining("ENGINE_GRPC_SECRET must be at least 16 characters");
        EngineServerSettings settings = EngineServerSettings.from(
                with(with(required, "ENGINE_GRPC_SECRET", "a-long-enough-gateway-secret"), "ENGINE_GRPC_HOST", "0.0.0.0")::get);
        assertThat(settings.authentication().local()).isFalse();
        assertThat(settings.grpc().getAddress().isAnyLocalAddress()).isTrue();
    }

    @Test
    void theServiceTokenIsAlwaysRequired() {
        Map<String, String> noToken = new HashMap<>(LOCAL);
        noToken.remove("PLATFORM_SERVICE_TOKEN");

        assertThatThrownBy(() -> EngineServerSettings.from(noToken::get)).hasMessageContaining("PLATFORM_SERVICE_TOKEN");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> EngineServerSettings.from(with(LOCAL, "ENGINE_GRPC_PORT", "twenty")::get))
                .hasMessageContaining("ENGINE_GRPC_PORT");
        assertThatThrownBy(() -> EngineServerSettings.from(with(LOCAL, "ENGINE_AUTH", "maybe")::get))
                .hasMessageContaining("ENGINE_AUTH");
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(name, value);
        return changed;
    }
}
