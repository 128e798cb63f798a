package uk.stpartnership.engine.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.engine.Engine;
import uk.stpartnership.engine.EngineSettings;
import uk.stpartnership.engine.gateway.BearerSecret;
import uk.stpartnership.engine.gateway.GatewayAuthentication;
import uk.stpartnership.engine.gateway.GatewayService;
import uk.stpartnership.engine.gateway.OAuthTokens;
import uk.stpartnership.engine.gateway.TokenCheck;
import uk.stpartnership.engine.ops.OperationsHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The engine as a server: its PostgreSQL pool, the engine, Zeebe's gateway API on gRPC and the operations HTTP API.
 * Runs standalone ({@link #main}) or embedded in tests and the local launcher ({@link #start}).
 */
public final class EngineServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EngineServer.class);
    /** A deployment carries whole BPMN files; Zeebe's gateway takes up to 4 MB too. */
    private static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    private final List<AutoCloseable> started = new ArrayList<>();
    private HikariDataSource pool;
    private Engine engine;
    private Server grpc;
    private InetSocketAddress grpcAddress;
    private OperationsHttp ops;

    private EngineServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        EngineServer server = start(EngineServerSettings.fromEnvironment());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "engine-shutdown"));
        stopped.await();
    }

    public static EngineServer start(EngineServerSettings settings) {
        EngineServer server = new EngineServer();
        try {
            server.run(settings);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("Engine ready: gRPC {}, operations http://{}, authentication {}", hostAndPort(server.grpcAddress),
                hostAndPort(server.opsAddress()), settings.authentication().describe());
        return server;
    }

    private void run(EngineServerSettings settings) {
        EngineServerSettings.Database database = settings.database();
        HikariConfig config = new HikariConfig();
        config.setPoolName("engine");
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(database.poolSize());
        pool = opened(new HikariDataSource(config));
        engine = opened(Engine.start(new EngineSettings(pool, database.schema(), settings.clock())));

        InetSocketAddress bind = settings.grpc();
        GatewayService gateway = new GatewayService(engine, () -> grpcAddress);
        NettyServerBuilder builder = NettyServerBuilder.forAddress(bind)
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                // The Camunda client pings every 45 s; grpc-java's default minimum of 5 min would drop it (too_many_pings).
                .permitKeepAliveTime(30, TimeUnit.SECONDS)
                .permitKeepAliveWithoutCalls(true);
        builder.addService(settings.authentication().local() ? gateway.bindService()
                : ServerInterceptors.intercept(gateway, new GatewayAuthentication(tokenChecks(settings.authentication()))));
        try {
            grpc = builder.build().start();
        } catch (IOException e) {
            gateway.close();
            throw new UncheckedIOException("Could not bind the gRPC gateway to " + hostAndPort(bind), e);
        }
        started.add(() -> stopGrpc(gateway));
        grpcAddress = new InetSocketAddress(bind.getAddress().getHostAddress(),
                ((InetSocketAddress) grpc.getListenSockets().getFirst()).getPort());

        BearerSecret serviceToken = new BearerSecret(settings.serviceToken(), "PLATFORM_SERVICE_TOKEN");
        ops = opened(OperationsHttp.start(engine, settings.ops(), serviceToken::accepts));
    }

    private static List<TokenCheck> tokenChecks(EngineServerSettings.Authentication authentication) {
        List<TokenCheck> checks = new ArrayList<>();
        if (authentication.bearerSecret() != null) {
            checks.add(new BearerSecret(authentication.bearerSecret(), "ENGINE_GRPC_SECRET"));
        }
        EngineServerSettings.OAuth oauth = authentication.oauth();
        if (oauth != null) {
            checks.add(new OAuthTokens(oauth.jwks(), oauth.issuer(), oauth.audience()));
        }
        return checks;
    }

    /** Where Zeebe clients connect: host:port, as {@code grpcAddress} takes it after {@code http://}. */
    public InetSocketAddress grpcAddress() {
        return grpcAddress;
    }

    public InetSocketAddress opsAddress() {
        return ops.address();
    }

    public Engine engine() {
        return engine;
    }

    /** Stops taking calls, lets those in flight finish for a few seconds, then closes the engine and its pool. */
    @Override
    public synchronized void close() {
        if (started.isEmpty()) {
            return;
        }
        for (AutoCloseable part : started.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed", part, e);
            }
        }
        started.clear();
        LOG.info("Engine stopped");
    }

    /** Takes no new calls, answers the waiting job activations, and gives the calls in flight a few seconds. */
    private void stopGrpc(GatewayService gateway) throws InterruptedException {
        grpc.shutdown();
        gateway.close();
        if (!grpc.awaitTermination(5, TimeUnit.SECONDS)) {
            grpc.shutdownNow();
        }
    }

    private <T extends AutoCloseable> T opened(T part) {
        started.add(part);
        return part;
    }

    private static String hostAndPort(InetSocketAddress address) {
        return (address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress()) + ":" + address.getPort();
    }
}
