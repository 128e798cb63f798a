package uk.stpartnership.uiapi.people;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.web.ProblemException;

import java.util.List;

/** The people directory for the other services (notification-service finds email recipients here). */
@Controller("/internal/people")
@Secured(SecurityRule.IS_ANONYMOUS) // no person signs in here: ServiceTokenFilter admits only the platform's services
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden // for the services, not in the people's API document
class PeopleDirectoryController {

    private final PeopleDirectory directory;

    PeopleDirectoryController(PeopleDirectory directory) {
        this.directory = directory;
    }

    @Get("/{id}")
    Person person(@PathVariable String id) {
        return directory.person(id).orElseThrow(() -> ProblemException.notFound("Person " + id));
    }

    @Get
    List<Person> holding(@QueryValue Role role, @QueryValue String organisation) {
        return directory.holding(role.name(), organisation);
    }
}
