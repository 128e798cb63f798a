package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The project manager sees the next six meeting days of a cadence before saving the series: the days
 * CreateMeetingSeries and PlanNextMeeting would choose. Nothing is stored.
 */
@Singleton
public class PreviewMeetingSeries {

    static final int DAYS = 6;

    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;

    PreviewMeetingSeries(MeetingSeriesRepository series, MeetingRepository meetings, RequestValidator validator, BoroughCalendars calendars) {
        this.series = series;
        this.meetings = meetings;
        this.validator = validator;
        this.calendars = calendars;
    }

    public SeriesPreview preview(Actor actor, SeriesPreviewRequest request) {
        Access.requireProjectManager(actor, "Only project managers set up meeting series");
        List<FieldError> errors = validator.errors(request);
        if (errors.isEmpty()) {
            errors = SeriesRequestCheck.cadenceErrors(request.cadence());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Cadence cadence = request.cadence();
        if (request.seriesId() != null) {
            MeetingSeries current = series.find(request.seriesId()).filter(s -> s.visibleTo(actor))
                    .orElseThrow(() -> ProblemException.notFound("Meeting series"));
            // As PlanNextMeeting goes on: after the latest meeting planned (or held), on the weeks counted from the first.
            List<LocalDate> planned = meetings.upcomingOf(current.id()).stream().map(Meeting::date).toList();
            LocalDate previous = !planned.isEmpty() ? planned.getLast()
                    : meetings.heldOf(current.id(), 1).stream().findFirst().map(Meeting::date).orElse(null);
            LocalDate anchor = current.firstMeetingOn();
            LocalDate next = previous == null ? cadence.nextOnOrAfter(anchor, anchor) : cadence.nextOnOrAfter(previous.plusDays(1), anchor);
            return new SeriesPreview(planned, days(cadence, next, anchor));
        }
        LocalDate today = calendars.today();
        LocalDate first = request.firstMeetingOn();
        if (first == null) {
            first = MeetingTimes.firstMeetingDay(cadence, today, request.agendaCallWorkingDays(), calendars.of(request.organisation()));
        } else {
            SeriesRequestCheck.firstMeetingError(first, cadence, today, true).ifPresent(error -> {
                throw ProblemException.invalid(List.of(error));
            });
        }
        return new SeriesPreview(List.of(), days(cadence, first, first));
    }

    private static List<LocalDate> days(Cadence cadence, LocalDate first, LocalDate anchor) {
        List<LocalDate> days = new ArrayList<>(List.of(first));
        while (days.size() < DAYS) {
            days.add(cadence.nextOnOrAfter(days.getLast().plusDays(1), anchor));
        }
        return days;
    }
}
