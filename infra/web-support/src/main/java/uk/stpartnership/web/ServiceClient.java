package uk.stpartnership.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Calls another service's internal endpoints with the service token. Answers come back as they are
 * (status, content type, body, and a download's Content-Disposition) so that a caller can pass a problem+json, or a
 * CSV with its file name, through unchanged.
 */
public final class ServiceClient {

    /** {@code contentDisposition} null when the answer has none (anything but a download). */
    public record Answer(int status, String contentType, byte[] body, String contentDisposition) {

        public Answer(int status, String contentType, byte[] body) {
            this(status, contentType, body, null);
        }
    }

    private final URI baseUri;
    private final String serviceToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ServiceClient(URI baseUri, String serviceToken) {
        this.baseUri = baseUri;
        this.serviceToken = serviceToken;
    }

    /** Sends a request to {@code pathAndQuery} (starting with /internal/) with extra headers and an optional JSON body. */
    public Answer send(String method, String pathAndQuery, Map<String, String> headers, byte[] jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header(ServiceTokenFilter.HEADER, serviceToken)
                .header("Accept", "application/json, text/csv;q=0.9");
        headers.forEach(request::header);
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(jsonBody));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"), response.body(),
                    response.headers().firstValue("Content-Disposition").orElse(null));
        } catch (IOException e) {
            throw new ServiceUnavailable(baseUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable(baseUri, e);
        }
    }

    /** The other service could not be reached: a technical failure (503 to a person, a retry for a job). */
    public static class ServiceUnavailable extends RuntimeException {
        public ServiceUnavailable(URI service, Exception cause) {
            super("Service at " + service + " is not reachable: " + cause.getMessage(), cause);
        }
    }
}
