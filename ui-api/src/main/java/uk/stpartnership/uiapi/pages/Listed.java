package uk.stpartnership.uiapi.pages;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list as workflow-service answers it (its Page): the items, which page from 0, its size and how many in all. */
@Serdeable
public record Listed<T>(List<T> items, int page, int size, long total) {

    /** How many pages there are (at least one, for an empty list). */
    public int pages() {
        return (int) Math.max(1, (total + Math.max(1, size) - 1) / Math.max(1, size));
    }

    /** The type to read a page of these items as. */
    @SuppressWarnings("unchecked")
    public static <T> Argument<Listed<T>> of(Class<T> item) {
        return (Argument<Listed<T>>) (Argument<?>) Argument.of(Listed.class, item);
    }
}
