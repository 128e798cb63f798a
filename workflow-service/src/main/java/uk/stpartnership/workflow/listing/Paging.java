package uk.stpartnership.workflow.listing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The page and size query values of a list route, as a {@code @RequestBean}; {@link #request()} checks them. */
@Introspected
public record Paging(
        @Parameter(description = "Page, from 0", schema = @Schema(type = "integer", minimum = "0", maximum = "10000", defaultValue = "0"))
        @QueryValue(defaultValue = "0") int page,
        @Parameter(description = "Items per page", schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
        @QueryValue(defaultValue = "20") int size) {

    public PageRequest request() {
        return new PageRequest(page, size);
    }
}
