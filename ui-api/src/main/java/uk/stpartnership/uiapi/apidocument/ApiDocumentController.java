package uk.stpartnership.uiapi.apidocument;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** The OpenAPI document, open to anyone (it says what each route needs, not what any record holds). */
@Controller("/swagger")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ApiDocumentController {

    static final String YAML = "application/yaml";

    private final ApiDocument document;

    ApiDocumentController(ApiDocument document) {
        this.document = document;
    }

    @Get(value = "/ui-api.yml", produces = YAML)
    String document() {
        return document.yaml();
    }
}
