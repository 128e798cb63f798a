package uk.stpartnership.workflow.listing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a list and how many there are in all: the API's view of a repository's page. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** A repository's page, each item shown as the view makes it. */
    public static <E, T> Page<T> of(io.micronaut.data.model.Page<E> found, Function<? super E, ? extends T> view) {
        return new Page<>(found.getContent().stream().<T>map(view).toList(), found.getPageNumber(), found.getSize(), found.getTotalSize());
    }

    public static <T> Page<T> of(io.micronaut.data.model.Page<T> found) {
        return of(found, Function.identity());
    }
}
