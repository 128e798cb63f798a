package uk.stpartnership.jobworker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.impl.CamundaObjectMapper;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class CamundaClientFactory {

    @Singleton
    ChannelReconnect channelReconnect() {
        return new ChannelReconnect();
    }

    @Singleton
    @Bean(preDestroy = "close")
    CamundaClient camundaClient(ZeebeSettings settings, ChannelReconnect reconnect) {
        // Dates travel as ISO strings so that FEEL timers and the services read the same value.
        ObjectMapper objectMapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        CamundaClientBuilder builder = CamundaClient.newClientBuilder()
                .grpcAddress(settings.grpcAddress())
                .restAddress(settings.restAddress())
                // A plain broker has no REST API: without this every call goes to a REST endpoint that is not there.
                .preferRestOverGrpc(settings.preferRest())
                .defaultJobTimeout(settings.workerTimeout())
                .defaultJobWorkerName(settings.workerName())
                .withJsonMapper(new CamundaObjectMapper(objectMapper))
                .withInterceptors(reconnect);
        if (!settings.oauthClientId().isBlank()) {
            builder.credentialsProvider(CredentialsProvider.newCredentialsProviderBuilder()
                    .clientId(settings.oauthClientId())
                    .clientSecret(settings.oauthClientSecret())
                    .audience(settings.oauthAudience())
                    .authorizationServerUrl(settings.oauthAuthorizationServerUrl())
                    .build());
        } else if (!settings.grpcSecret().isBlank()) {
            builder.credentialsProvider(new BearerSecret(settings.grpcSecret()));
        }
        return builder.build();
    }
}
