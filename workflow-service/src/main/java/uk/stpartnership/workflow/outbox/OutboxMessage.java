package uk.stpartnership.workflow.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A row of the outbox: a message for the engine (a process start is its start event's message), and how sending it went. */
@MappedEntity("engine_outbox")
record OutboxMessage(@Id UUID id, Kind kind, @Nullable String bpmnProcessId, @Nullable UUID recordId, String messageName,
                     String correlationKey, String messageId, long timeToLiveMs,
                     @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") Map<String, Object> variables,
                     Instant createdAt, int attempts, Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt) {

    enum Kind { START, MESSAGE }
}
