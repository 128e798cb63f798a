package uk.stpartnership.workflow.trainers;

import uk.stpartnership.web.ProblemException;

import java.time.LocalDate;

/**
 * An accreditation date given when one is recorded or renewed: not to come, and not so old that it has lapsed already.
 * No detail starts "must not be": the pages read that as a blank answer.
 */
final class AccreditationDates {

    private AccreditationDates() {
    }

    static void check(String field, LocalDate accreditedOn, AccreditationRules rules) {
        if (accreditedOn.isAfter(rules.today())) {
            throw ProblemException.badField(field, "must be today or earlier");
        }
        if (!rules.stillInForce(accreditedOn)) {
            throw ProblemException.badField(field, "must be within the last " + rules.deliveryEveryMonths()
                    + " months: an accreditation older than that has lapsed already");
        }
    }
}
