package uk.stpartnership.workflow.calendar;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.validation.validator.DefaultValidatorConfiguration;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * "Not in the future" (@PastOrPresent) is judged by the service's clock in the partnership's time zone, as every
 * other date rule here is: a complaint received today in London is not refused as tomorrow's just after midnight UTC.
 */
@Singleton
class ValidationClock implements BeanCreatedEventListener<DefaultValidatorConfiguration> {

    private final BeanProvider<Clock> clock;
    private final ZoneId zone;

    ValidationClock(BeanProvider<Clock> clock, @Value("${platform.time-zone:Europe/London}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public DefaultValidatorConfiguration onCreated(BeanCreatedEvent<DefaultValidatorConfiguration> event) {
        return event.getBean().setClockProvider(() -> clock.get().withZone(zone));
    }
}
