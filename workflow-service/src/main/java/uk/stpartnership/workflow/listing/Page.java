package uk.stpartnership.workflow.listing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list and how many there are in all. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }
}
