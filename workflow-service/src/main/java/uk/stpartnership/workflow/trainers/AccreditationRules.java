package uk.stpartnership.workflow.trainers;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The partnership's rules for accreditations (training.accreditation.*): how long one is valid, how often a cohort must
 * be delivered, how long before either runs out the trainer is warned, and the process's times that follow from them.
 */
@Singleton
class AccreditationRules {

    private final Period valid;
    private final Period deliveryEvery;
    private final Period warnBefore;
    private final BoroughCalendars calendars;

    AccreditationRules(@Value("${training.accreditation.valid-months}") int validMonths,
                       @Value("${training.accreditation.delivery-every-months}") int deliveryEveryMonths,
                       @Value("${training.accreditation.warn-before:P3M}") String warnBefore, BoroughCalendars calendars) {
        this.valid = Period.ofMonths(validMonths);
        this.deliveryEvery = Period.ofMonths(deliveryEveryMonths);
        this.warnBefore = Period.parse(warnBefore);
        this.calendars = calendars;
    }

    LocalDate today() {
        return calendars.today();
    }

    boolean inForce(TrainerAccreditation accreditation, LocalDate day) {
        return accreditation.lapsedOn() == null && accreditation.accreditedOn(day, valid, deliveryEvery);
    }

    /** Whether an accreditation given on the day would still be in force today: an older one has lapsed already. */
    boolean stillInForce(LocalDate accreditedOn) {
        LocalDate today = today();
        return !accreditedOn.isAfter(today) && today.isBefore(accreditedOn.plus(valid)) && today.isBefore(accreditedOn.plus(deliveryEvery));
    }

    int deliveryEveryMonths() {
        return deliveryEvery.getMonths() + 12 * deliveryEvery.getYears();
    }

    LocalDate lapsesOn(TrainerAccreditation accreditation) {
        return accreditation.lapsesOn(valid);
    }

    LocalDate lapsesUndeliveredOn(TrainerAccreditation accreditation) {
        return accreditation.lapsesUndeliveredOn(deliveryEvery);
    }

    /** The day it runs out, whichever way comes first. */
    LocalDate runsOutOn(TrainerAccreditation accreditation) {
        LocalDate renewal = lapsesOn(accreditation);
        LocalDate delivery = lapsesUndeliveredOn(accreditation);
        return renewal.isAfter(delivery) ? delivery : renewal;
    }

    TrainerAccreditation.Lapse lapseOf(TrainerAccreditation accreditation) {
        return lapsesOn(accreditation).isAfter(lapsesUndeliveredOn(accreditation))
                ? TrainerAccreditation.Lapse.NO_COHORT_DELIVERED : TrainerAccreditation.Lapse.NOT_RENEWED;
    }

    TrainerView.Status status(TrainerAccreditation accreditation) {
        LocalDate today = today();
        if (!inForce(accreditation, today)) {
            return TrainerView.Status.LAPSED;
        }
        return runsOutOn(accreditation).minus(warnBefore).isAfter(today) ? TrainerView.Status.ACCREDITED : TrainerView.Status.LAPSING_SOON;
    }

    /** The renewal's warning and lapse, and the no-delivery ones: at 09:00 the warning day, at the start of the lapse day. */
    Map<String, Object> times(TrainerAccreditation accreditation) {
        Map<String, Object> times = new LinkedHashMap<>();
        times.put("renewalWarningAt", warningAt(lapsesOn(accreditation)));
        times.put("renewalDueAt", dueAt(lapsesOn(accreditation)));
        times.putAll(deliveryTimes(accreditation));
        return times;
    }

    Map<String, Object> deliveryTimes(TrainerAccreditation accreditation) {
        Map<String, Object> times = new LinkedHashMap<>();
        times.put("deliveryWarningAt", warningAt(lapsesUndeliveredOn(accreditation)));
        times.put("deliveryDueAt", dueAt(lapsesUndeliveredOn(accreditation)));
        return times;
    }

    private String warningAt(LocalDate lapse) {
        return calendars.at(lapse.minus(warnBefore), BoroughCalendars.START_OF_DAY).toInstant().toString();
    }

    private String dueAt(LocalDate lapse) {
        return lapse.atStartOfDay(calendars.zone()).toInstant().toString();
    }
}
