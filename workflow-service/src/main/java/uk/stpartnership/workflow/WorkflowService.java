package uk.stpartnership.workflow;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * Job workers, domain records and the task inbox of the S&T partnership platform. Its routes are for the platform's
 * services only (a service token; ui-api names the signed-in person in X-Actor-* headers); ui-api publishes the ones
 * people reach, from the document generated here at compile time (META-INF/swagger/workflow-service.yml).
 */
@OpenAPIDefinition(
        info = @Info(title = "S&T Partnership Platform: workflow-service", version = "0.1.0",
                description = "Case consultations, governance, complaints and the task inbox. Errors are application/problem+json.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The workflow-service that serves this document"),
        security = @SecurityRequirement(name = WorkflowService.SERVICE_TOKEN))
@SecurityScheme(name = WorkflowService.SERVICE_TOKEN, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-Service-Token")
public final class WorkflowService {

    public static final String SERVICE_TOKEN = "serviceToken";

    private WorkflowService() {
    }

    public static void main(String[] args) {
        Micronaut.run(WorkflowService.class, args);
    }
}
