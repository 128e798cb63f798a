package uk.stpartnership.notification.email;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;
import java.util.List;

/** For operators (behind the service token): the outbox by status, newest first, e.g. the emails that FAILED. */
@Controller("/internal/outbox")
public class OutboxController {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OutboxRepository repository;

    public OutboxController(OutboxRepository repository) {
        this.repository = repository;
    }

    @Get
    public OutboxPage list(@QueryValue(defaultValue = "FAILED") OutboxStatus status,
                           @QueryValue(defaultValue = "0") @Min(0) int page,
                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = repository.findByStatus(status, Pageable.from(page, size, NEWEST_FIRST));
        return new OutboxPage(found.getContent().stream().map(Entry::of).toList(), page, size, found.getTotalSize());
    }

    /** Always with "items", even when there are none, so callers need no special case. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OutboxPage(List<Entry> items, int page, int size, long totalItems) {
    }

    /** What an operator needs to find the process and the reason; the bodies stay in the database. */
    @Serdeable
    public record Entry(long id, OutboxStatus status, String template, String recipientEmail, String recipientName,
                        String subject, long processInstanceKey, long jobKey, int attempts, @Nullable String lastError,
                        Instant createdAt, @Nullable Instant sentAt) {

        static Entry of(OutboxEmail email) {
            return new Entry(email.id(), email.status(), email.template(), email.recipientEmail(), email.recipientName(),
                    email.subject(), email.processInstanceKey(), email.jobKey(), email.attempts(), email.lastError(),
                    email.createdAt(), email.sentAt());
        }
    }
}
