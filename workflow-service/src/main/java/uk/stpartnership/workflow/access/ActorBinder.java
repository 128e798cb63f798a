package uk.stpartnership.workflow.access;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the person ui-api signed in from the X-Actor-* headers. Only callers holding the service token get
 * this far (ServiceTokenFilter), so the headers are ui-api's word. Roles this service does not know are ignored.
 */
@Singleton
public class ActorBinder implements TypedRequestArgumentBinder<Actor> {

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
        Actor actor = of(source).orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "No signed-in person on this request"));
        return () -> Optional.of(actor);
    }

    /** The person a request is made for, if it names one. */
    public static Optional<Actor> of(HttpRequest<?> source) {
        String id = source.getHeaders().get("X-Actor-Id");
        String organisation = source.getHeaders().get("X-Actor-Organisation");
        if (id == null || id.isBlank() || organisation == null || organisation.isBlank()) {
            return Optional.empty();
        }
        String roles = Optional.ofNullable(source.getHeaders().get("X-Actor-Roles")).orElse("");
        Set<Role> known = Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(name -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return Optional.of(new Actor(id, organisation, known));
    }
}
