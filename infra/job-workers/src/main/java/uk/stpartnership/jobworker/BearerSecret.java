package uk.stpartnership.jobworker;

import io.camunda.client.CredentialsProvider;

/** The platform's engine outside local mode, when it is given a shared secret (ENGINE_GRPC_SECRET) rather than OAuth. */
final class BearerSecret implements CredentialsProvider {

    private final String secret;

    BearerSecret(String secret) {
        this.secret = secret;
    }

    @Override
    public void applyCredentials(CredentialsApplier applier) {
        applier.put("Authorization", "Bearer " + secret);
    }

    @Override
    public boolean shouldRetryRequest(StatusCode statusCode) {
        return false;
    }
}
