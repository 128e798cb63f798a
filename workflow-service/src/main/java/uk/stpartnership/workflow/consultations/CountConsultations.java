package uk.stpartnership.workflow.consultations;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/**
 * Consultations per borough per month. Partnership-wide roles see every borough; everyone else sees their own.
 * Counts only: nothing about a case.
 */
@Singleton
public class CountConsultations {

    private static final int MAX_MONTHS = 36;

    private final ConsultationRepository consultations;

    public CountConsultations(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    public MonthlyConsultations monthly(Actor actor, String from, String to) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.badField("to", "must not be before from");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            throw ProblemException.badField("to", "a range may span at most " + MAX_MONTHS + " months");
        }
        String borough = actor.seesAcrossBoroughs() ? null : actor.organisation();
        return new MonthlyConsultations(first.toString(), last.toString(),
                consultations.countByBoroughAndMonth(first.atDay(1), last.plusMonths(1).atDay(1), borough));
    }

    /**
     * The consultations a person held, per quarter from the given day on: what a champion gave (their page, the
     * reports). Counts only.
     */
    public List<QuarterlyConsultations> heldPerQuarter(String heldBy, LocalDate from) {
        return consultations.countHeldByQuarter(heldBy, from);
    }

    /**
     * The consultations each of these people held per day in [from, until): what champions gave, for the champion
     * reports to add up within each one's active period, for many champions in one query. Counts only.
     */
    public List<DailyConsultations> heldPerDay(Collection<String> heldBy, LocalDate from, LocalDate until) {
        return heldBy.isEmpty() ? List.of() : consultations.countHeldByPersonAndDay(heldBy, from, until);
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.badField(field, "must be a month like 2026-11");
        }
    }
}
