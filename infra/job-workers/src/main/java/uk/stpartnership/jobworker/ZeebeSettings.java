package uk.stpartnership.jobworker;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Where the engine is and how workers behave; every value can be set from the environment (ZEEBE_GRPC_ADDRESS, ...). */
@Singleton
public record ZeebeSettings(
        @Value("${zeebe.grpc-address:`http://localhost:26500`}") URI grpcAddress,
        @Value("${zeebe.rest-address:`http://localhost:8088`}") URI restAddress,
        @Value("${zeebe.prefer-rest:false}") boolean preferRest,
        @Value("${zeebe.oauth.client-id:}") String oauthClientId,
        @Value("${zeebe.oauth.client-secret:}") String oauthClientSecret,
        @Value("${zeebe.oauth.authorization-server-url:}") String oauthAuthorizationServerUrl,
        @Value("${zeebe.oauth.audience:zeebe-api}") String oauthAudience,
        @Value("${zeebe.grpc-secret:}") String grpcSecret,
        @Value("${zeebe.worker.enabled:true}") boolean workersEnabled,
        @Value("${zeebe.worker.timeout:5m}") Duration workerTimeout,
        @Value("${zeebe.worker.max-jobs-active:8}") int workerMaxJobsActive,
        @Value("${zeebe.worker.retry-backoff:10s}") Duration retryBackoff,
        @Value("${zeebe.worker.retry-backoff-max:10m}") Duration retryBackoffMax,
        @Value("${zeebe.deploy.resources:}") List<String> deployResources,
        @Value("${micronaut.application.name:platform}") String workerName) {

    public ZeebeSettings {
        // An unset list arrives as one blank name: a service that deploys nothing has none.
        deployResources = deployResources.stream().filter(resource -> !resource.isBlank()).toList();
    }
}
