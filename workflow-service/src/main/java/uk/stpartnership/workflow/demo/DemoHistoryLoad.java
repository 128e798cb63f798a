package uk.stpartnership.workflow.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The marker of a demo history: claimed when its load starts, and when it was all there. */
@MappedEntity("demo_history")
record DemoHistoryLoad(@Id String name, Instant startedAt, @Nullable Instant loadedAt) {
}
