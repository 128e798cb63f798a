package uk.stpartnership.uiapi.workflow;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The page and size of a listing that workflow-service pages, as a {@code @RequestBean}: declared for the OpenAPI
 * document only, since the query goes on unchanged and workflow-service reads and checks it.
 */
@Introspected
public record Paging(
        @Parameter(description = "Page, from 0 to 10000", schema = @Schema(type = "integer", minimum = "0", maximum = "10000")) @Nullable @QueryValue String page,
        @Parameter(description = "Items per page, at most 100", schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @Nullable @QueryValue String size) {
}
