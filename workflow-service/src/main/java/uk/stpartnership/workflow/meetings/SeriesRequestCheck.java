package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks a series request after the person's right to make it: the bean constraints, then what one field says
 * about another, then the first meeting, then that the people it names exist. Nothing is stored when anything fails.
 */
@Singleton
class SeriesRequestCheck {

    private final RequestValidator validator;
    private final PeopleDirectory people;

    SeriesRequestCheck(RequestValidator validator, PeopleDirectory people) {
        this.validator = validator;
        this.people = people;
    }

    /** A new series may start on a day of its choosing on the cadence, after today. */
    void checkNew(MeetingSeriesRequest request, LocalDate today) {
        check(request, errors -> {
            if (request.firstMeetingOn() != null) {
                firstMeetingError(request.firstMeetingOn(), request.cadence(), today, errors.isEmpty()).ifPresent(errors::add);
            }
        });
    }

    /** A chosen first meeting is after today and, when the cadence itself is sound, a day on it. */
    static Optional<FieldError> firstMeetingError(LocalDate first, Cadence cadence, LocalDate today, boolean cadenceSound) {
        if (!first.isAfter(today)) {
            return Optional.of(new FieldError("firstMeetingOn", "must be after today"));
        }
        return cadenceSound && !cadence.fallsOn(first, first) ? Optional.of(new FieldError("firstMeetingOn", "must be a day on the cadence"))
                : Optional.empty();
    }

    /** A series' first meeting, once planned, stays (a client may send back the series as it read it). */
    void checkChange(MeetingSeriesRequest request, MeetingSeries current) {
        check(request, errors -> {
            if (request.firstMeetingOn() != null && !request.firstMeetingOn().equals(current.firstMeetingOn())) {
                errors.add(new FieldError("firstMeetingOn", "cannot be changed once a series has started"));
            }
        });
    }

    private void check(MeetingSeriesRequest request, Consumer<List<FieldError>> firstMeetingCheck) {
        List<FieldError> errors = validator.errors(request);
        if (errors.isEmpty()) {
            errors = crossFieldErrors(request);
            firstMeetingCheck.accept(errors);
        }
        if (errors.isEmpty()) {
            errors = unknownPeople(request);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The chair and each member named as a person, asked of the directory once per person. */
    private List<FieldError> unknownPeople(MeetingSeriesRequest request) {
        Map<String, Boolean> known = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (!known.computeIfAbsent(request.chair(), people::exists)) {
            errors.add(new FieldError("chair", "names no person in the people directory"));
        }
        for (int i = 0; i < request.members().size(); i++) {
            String person = request.members().get(i).person();
            if (person != null && !known.computeIfAbsent(person, people::exists)) {
                errors.add(new FieldError("members[" + i + "].person", "names no person in the people directory"));
            }
        }
        return errors;
    }

    private static List<FieldError> crossFieldErrors(MeetingSeriesRequest request) {
        List<FieldError> errors = cadenceErrors(request.cadence());
        for (int i = 0; i < request.members().size(); i++) {
            Member member = request.members().get(i);
            if (!member.wellFormed()) {
                errors.add(new FieldError("members[" + i + "]", "must be {\"person\": id} or {\"role\": R, \"organisation\": O}"));
            } else if (member.role() != null && Arrays.stream(Role.values()).noneMatch(role -> role.name().equals(member.role()))) {
                errors.add(new FieldError("members[" + i + "].role", "is not a role of the partnership"));
            }
        }
        if (request.papersWorkingDays() > request.agendaCallWorkingDays()) {
            errors.add(new FieldError("papersWorkingDays", "must not be more than agendaCallWorkingDays: the call comes before the agenda closes"));
        }
        return errors;
    }

    /** What one field of a cadence says about another (the bean constraints hold already). */
    static List<FieldError> cadenceErrors(Cadence cadence) {
        List<FieldError> errors = new ArrayList<>();
        switch (cadence.kind()) {
            case WEEKLY -> {
                if (cadence.everyWeeks() == null) {
                    errors.add(new FieldError("cadence.everyWeeks", "is required for a WEEKLY cadence"));
                }
                if (cadence.weekOfMonth() != null) {
                    errors.add(new FieldError("cadence.weekOfMonth", "is for a MONTHLY cadence only"));
                }
            }
            case MONTHLY -> {
                if (cadence.weekOfMonth() == null || cadence.weekOfMonth() == 0) {
                    errors.add(new FieldError("cadence.weekOfMonth", "must be 1 to 4, or -1 for the last"));
                }
                if (cadence.everyWeeks() != null) {
                    errors.add(new FieldError("cadence.everyWeeks", "is for a WEEKLY cadence only"));
                }
            }
        }
        return errors;
    }
}
