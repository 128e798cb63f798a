package uk.stpartnership.workflow.demo;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.ActionFilter;
import uk.stpartnership.workflow.actions.ActionView;
import uk.stpartnership.workflow.actions.ListActions;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.meetings.AgendaItem.Purpose;
import uk.stpartnership.workflow.governance.Group;
import uk.stpartnership.workflow.meetings.MeetingSeries;
import uk.stpartnership.workflow.meetings.MinutesInput.ActionInput;
import uk.stpartnership.workflow.meetings.Outcome.Type;
import uk.stpartnership.workflow.meetings.RecordPastMeeting;
import uk.stpartnership.workflow.meetings.RecordPastMeeting.Item;
import uk.stpartnership.workflow.meetings.RecordPastMeeting.PastMeeting;
import uk.stpartnership.workflow.meetings.ViewMeetingSeries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Past meetings of the three London groups, from their minutes: decisions still open and implemented, actions done,
 * due and overdue. Each action's process runs as for any meeting: the overdue ones are escalated at once, and the
 * done ones are done by their owners in their task lists (they fall due after today, so none is escalated first).
 */
@Singleton
class GovernanceHistory {

    private static final Actor PROJECT_MANAGER = DemoInbox.person("project-manager.respect");
    private static final List<String> STEERING = List.of("project-manager.respect", "steering-group-member.respect",
            "borough-lead.hackney", "borough-lead.newham", "borough-lead.waltham-forest", "evaluator.respect");
    private static final List<String> OPERATIONAL = List.of("project-manager.respect", "implementation-lead.hackney",
            "implementation-lead.newham", "implementation-lead.waltham-forest", "borough-lead.tower-hamlets", "evaluator.respect");
    private static final List<String> PERFORMANCE = List.of("project-manager.respect", "implementation-lead.respect", "evaluator.respect");

    private final ViewMeetingSeries viewMeetingSeries;
    private final RecordPastMeeting recordPastMeeting;
    private final ListActions listActions;
    private final DemoInbox inbox;

    GovernanceHistory(ViewMeetingSeries viewMeetingSeries, RecordPastMeeting recordPastMeeting, ListActions listActions, DemoInbox inbox) {
        this.viewMeetingSeries = viewMeetingSeries;
        this.recordPastMeeting = recordPastMeeting;
        this.listActions = listActions;
        this.inbox = inbox;
    }

    void load(LocalDate today) {
        Map<Group, UUID> groups = groups();
        LocalDate steering1 = secondThursday(YearMonth.from(today).minusMonths(2));
        LocalDate steering2 = secondThursday(YearMonth.from(today).minusMonths(1));
        LocalDate operational1 = today.minusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        LocalDate operational2 = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        LocalDate performance = today.minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));

        record(groups.get(Group.STEERING), steering1, STEERING, List.of(
                new Item("Match funding for year 3", Purpose.DECISION, Type.DECISION,
                        "Each borough formally signs off its match-funding commitment for year 3",
                        "Last year's commitments were agreed in the meeting but never signed off", List.of(
                        new ActionInput("Sign off Hackney's match-funding commitment", "borough-lead.hackney", today.plusDays(10), "hackney"),
                        new ActionInput("Sign off Newham's match-funding commitment", "borough-lead.newham", steering1.plusDays(14), "newham"))),
                new Item("Continuation funding", Purpose.DECISION, Type.DECISION,
                        "Bid to MOPAC for continuation funding from April", "The current award ends on 31 March", List.of()),
                new Item("Evaluation: year 2 findings", Purpose.INFORMATION, Type.INFORMATION,
                        "The evaluators presented the year 2 findings on case consultations and audits", null, List.of())));
        record(groups.get(Group.STEERING), steering2, STEERING, List.of(
                new Item("Champion turnover", Purpose.DISCUSSION, Type.DECISION,
                        "A borough names a replacement champion within a month of one leaving",
                        "Turnover is the main threat to the model taking hold", List.of(
                        new ActionInput("Name Waltham Forest's replacement champion", "borough-lead.waltham-forest", today.plusDays(21),
                                "waltham-forest"))),
                new Item("Funding risks", Purpose.DISCUSSION, Type.ACTION, "A register of the funding risks for the next steering group",
                        null, List.of(new ActionInput("Draft the funding risk register", "project-manager.respect", today.plusDays(7), "respect")))));
        record(groups.get(Group.OPERATIONAL), operational1, OPERATIONAL, List.of(
                new Item("Case consultation numbers", Purpose.INFORMATION, Type.INFORMATION,
                        "Consultations are up in Hackney and Newham; Waltham Forest has had none this month", null, List.of()),
                new Item("Consultation log", Purpose.DECISION, Type.DECISION, "Every borough keeps its consultations in the shared log",
                        "Spreadsheets kept apart could not be counted across the partnership", List.of(
                        new ActionInput("Share the consultation log template", "implementation-lead.newham", today.plusDays(5), "newham")))));
        record(groups.get(Group.OPERATIONAL), operational2, OPERATIONAL, List.of(
                new Item("Case audit follow-up", Purpose.DECISION, Type.DECISION,
                        "Hackney and Newham run their follow-up audit round in the spring, against last year's baseline",
                        "Two boroughs planned a follow-up last year and never ran it", List.of(
                        new ActionInput("Plan Hackney's follow-up audit round", "implementation-lead.hackney", today.plusDays(28), "hackney")))));
        record(groups.get(Group.PERFORMANCE), performance, PERFORMANCE, List.of(
                new Item("Implementation timeline", Purpose.DISCUSSION, Type.ACTION, "The timeline is updated for the year 3 boroughs", null,
                        List.of(new ActionInput("Update the implementation timeline", "project-manager.respect", performance.plusDays(14),
                                "respect"))),
                new Item("Training dates", Purpose.DECISION, Type.DECISION, "Training dates are published a term ahead",
                        "Champions could not get release from their teams at short notice", List.of())));

        done("Sign off Hackney's match-funding commitment", "Signed by the director of children's services");
        done("Draft the funding risk register", "Circulated with the steering group papers");
        done("Share the consultation log template", "Shared with every implementation lead");
    }

    private Map<Group, UUID> groups() {
        List<MeetingSeries> all = viewMeetingSeries.list(PROJECT_MANAGER, new PageRequest(0, 100)).items();
        return Map.of(Group.STEERING, of(all, Group.STEERING), Group.OPERATIONAL, of(all, Group.OPERATIONAL),
                Group.PERFORMANCE, of(all, Group.PERFORMANCE));
    }

    private static UUID of(List<MeetingSeries> all, Group group) {
        return all.stream().filter(s -> s.group() == group).findFirst().orElseThrow(() -> new IllegalStateException("No " + group + " series"))
                .id();
    }

    private void record(UUID seriesId, LocalDate date, List<String> attendees, List<Item> items) {
        recordPastMeeting.record(PROJECT_MANAGER, new PastMeeting(seriesId, date, attendees, items));
    }

    /** The owner completes the action in their task list, as the API lets them. */
    private void done(String title, String note) {
        ActionView action = listActions.list(PROJECT_MANAGER, new ActionFilter(null, null, Action.Status.OPEN, null), new PageRequest(0, 100))
                .items().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
        inbox.complete(DemoInbox.person(action.owner()), "complete-action", action.id().toString(), Map.of("doneNote", note));
    }

    private static LocalDate secondThursday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
    }
}
