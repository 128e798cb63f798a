package uk.stpartnership.uiapi.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages as a browser without JavaScript sees them: no redirect followed, the cookies each request sends given. */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    PageClient(URI server) {
        this.server = server;
    }

    /** {@code path} of the server, or a whole address elsewhere; {@code cookie} as the Cookie header, or null. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String cookie) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form with a file, as a browser sends it (multipart/form-data): its text fields, then the file. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String filename, byte[] file, String cookie) {
        String boundary = "----page-client-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Signs in through the page; answers the session cookie ("st-session=..."). */
    String signIn(String username, String password) {
        HttpResponse<String> page = get("/sign-in", null);
        HttpResponse<String> signedIn = post("/sign-in", Map.of("csrf", csrf(page.body()), "username", username, "password", password),
                cookie(page, "st-sign-in"));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return cookie(signedIn, "st-session");
    }

    /** "name=value" of the cookie the answer sets. */
    static String cookie(HttpResponse<?> response, String name) {
        String setCookie = setCookie(response, name);
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The whole Set-Cookie header, with its attributes. */
    static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a form token on the page").isTrue();
        return matcher.group(1);
    }

    /** Sent with a browser's Accept header: Micronaut's security answers a browser differently from an API client. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", BROWSER_ACCEPT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
