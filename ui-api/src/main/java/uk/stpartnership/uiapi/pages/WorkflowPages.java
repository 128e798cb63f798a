package uk.stpartnership.uiapi.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;
import uk.stpartnership.web.Problem;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.ServiceClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The pages ask workflow-service what the JSON API would, as the signed-in person: it checks the input and decides
 * what they may see. A 404 or 403 from it becomes the page's own 404 or 403.
 */
@Singleton
public class WorkflowPages {

    /** What a change answered: done, or refused with the problem (a 400's fields name the inputs). */
    public record Outcome(int status, @Nullable Problem problem, byte[] body) {

        public boolean done() {
            return status < 300;
        }
    }

    @Serdeable
    record Counted(long total, boolean moreThanTotal) {
    }

    private final ForwardToWorkflow workflow;
    private final JsonMapper json;

    WorkflowPages(ForwardToWorkflow workflow, JsonMapper json) {
        this.workflow = workflow;
        this.json = json;
    }

    public <T> T get(Authentication person, String internalPath, Argument<T> type) {
        ServiceClient.Answer answer = workflow.ask(person, "GET", internalPath, null);
        if (answer.status() >= 300) {
            throw refused(answer);
        }
        return read(answer.body(), type);
    }

    /** A change; only a 400 or 409 comes back as an outcome, to show on the form. */
    public Outcome send(Authentication person, String method, String internalPath, @Nullable Object body) {
        try {
            ServiceClient.Answer answer = workflow.ask(person, method, internalPath, body == null ? null : json.writeValueAsBytes(body));
            if (answer.status() == 400 || answer.status() == 409) {
                return new Outcome(answer.status(), read(answer.body(), Argument.of(Problem.class)), answer.body());
            }
            if (answer.status() >= 300) {
                throw refused(answer);
            }
            return new Outcome(answer.status(), null, answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(byte[] body, Argument<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "3", or "200+" past the inbox's count cap. */
    public String openTaskCount(Authentication person) {
        Counted counted = get(person, "/internal/tasks?page=0&size=1", Argument.of(Counted.class));
        return counted.total() + (counted.moreThanTotal() ? "+" : "");
    }

    private ProblemException refused(ServiceClient.Answer answer) {
        HttpStatus status = HttpStatus.valueOf(answer.status());
        String detail = Optional.ofNullable(answer.body()).filter(b -> b.length > 0)
                .map(b -> {
                    try {
                        return json.readValue(b, Problem.class).detail();
                    } catch (IOException | RuntimeException e) {
                        return null;
                    }
                }).orElse(status.getReason());
        return status == HttpStatus.NOT_FOUND ? ProblemException.notFound("Page") : new ProblemException(status, detail);
    }
}
