package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.FindActions;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.letters.Letter;
import uk.stpartnership.workflow.letters.LetterSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The texts of a meeting's emails, read from the meeting when each is sent: its title and place, the open actions, the
 * agenda pack, why it moved. The members (people and roles by id) are the job's recipients.
 */
@Singleton
class MeetingLetters implements LetterSource {

    private static final int OPEN_ACTIONS_LISTED = 50;

    private final MeetingRepository meetings;
    private final FindActions actions;
    private final BuildAgendaPack agendaPack;
    private final BoroughCalendars calendars;

    MeetingLetters(MeetingRepository meetings, FindActions actions, BuildAgendaPack agendaPack, BoroughCalendars calendars) {
        this.meetings = meetings;
        this.actions = actions;
        this.agendaPack = agendaPack;
        this.calendars = calendars;
    }

    @Override
    public String kind() {
        return "meeting";
    }

    @Override
    public Letter letter(UUID id, String template, UUID draftId) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> ProblemException.notFound("Meeting"));
        Map<String, String> values = switch (template) {
            case "agenda-call" -> Map.of("meetingTitle", meeting.title(), "openActionsSummary", openActions(meeting));
            case "agenda-pack" -> {
                BuildAgendaPack.AgendaPack pack = agendaPack.pack(meeting)
                        .orElseThrow(() -> ProblemException.conflict("The agenda of this meeting is not closed yet"));
                yield Map.of("meetingTitle", meeting.title(), "location", meeting.location(), "agendaSummary", pack.agendaSummary(),
                        "icalendar", pack.icalendar());
            }
            case "meeting-moved" -> Map.of("meetingTitle", meeting.title(), "location", meeting.location(),
                    "reason", meetings.moveReason(id).orElseThrow(() -> ProblemException.conflict("This meeting has not moved")));
            case "meeting-cancelled", "minutes-approval-reminder" -> Map.of("meetingTitle", meeting.title());
            default -> throw ProblemException.notFound("Letter");
        };
        return Letter.toJobRecipients(values);
    }

    /** The series' open actions, for the call for agenda items; "None" when there are none. */
    private String openActions(Meeting meeting) {
        List<Action> open = actions.openOfSeries(meeting.seriesId(), OPEN_ACTIONS_LISTED);
        if (open.isEmpty()) {
            return "None";
        }
        LocalDate today = calendars.today();
        String summary = open.stream().map(action -> "- " + action.title() + " (" + action.owner() + ", " + action.borough()
                        + ", due " + action.dueDate().format(Meeting.DAY) + (action.overdue(today) ? ", overdue" : "") + ")")
                .collect(Collectors.joining("\n"));
        long more = actions.countOpenOfSeries(meeting.seriesId()) - open.size();
        return more > 0 ? summary + "\n... and " + more + " more" : summary;
    }
}
