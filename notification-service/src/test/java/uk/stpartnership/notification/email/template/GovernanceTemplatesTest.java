package uk.stpartnership.notification.email.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The governance emails as partnership staff read them, with the values the processes pass (docs/GOVERNANCE.md). */
class GovernanceTemplatesTest {

    /** Every variable any governance template uses, as the processes pass them: ISO instants and dates. */
    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("recipientName", "Ade Okafor"),
            Map.entry("meetingTitle", "Operational group"),
            Map.entry("scheduledAt", "2026-12-08T10:00:00Z"),
            Map.entry("agendaClosesAt", "2026-12-01T17:00:00Z"),
            Map.entry("openActionsSummary", "Share the training plan (Hackney, due 1 December)\nReview the referral form (Newham)"),
            Map.entry("location", "Committee Room 2, Hackney Town Hall"),
            Map.entry("agendaSummary", "1. Open actions\n2. Training plan for Q1"),
            Map.entry("actionTitle", "Share the training plan with the borough leads"),
            Map.entry("dueDate", "2026-12-01"),
            Map.entry("owner", "implementation-lead.hackney"),
            Map.entry("borough", "waltham-forest"),
            Map.entry("reason", "The town hall is closed for repairs that week"));

    private final EmailTemplates templates = new EmailTemplates();

    @Test
    void theAgendaCallSaysWhenTheMeetingIsAndUntilWhenItemsCanBeAdded() {
        RenderedEmail email = render("agenda-call", VALUES);

        assertThat(email.subject()).isEqualTo("Agenda items invited: Operational group on Tuesday 8 December 2026 at 10:00");
        assertThat(email.text())
                .startsWith("Dear Ade Okafor,")
                .contains("The next Operational group meeting is on Tuesday 8 December 2026 at 10:00, and the agenda is now open.")
                .contains("by Tuesday 1 December 2026 at 17:00")
                .contains("Actions still open from earlier meetings:\nShare the training plan (Hackney, due 1 December)\nReview");
        assertThat(email.html()).contains("<strong>Tuesday 1 December 2026 at 17:00</strong>")
                .contains("<p style=\"white-space: pre-line;\">Share the training plan");
    }

    @Test
    void theAgendaPackSaysWhenAndWhereAndListsTheAgenda() {
        RenderedEmail email = render("agenda-pack", VALUES);

        assertThat(email.subject()).isEqualTo("Agenda: Operational group on Tuesday 8 December 2026 at 10:00");
        assertThat(email.text())
                .contains("When: Tuesday 8 December 2026 at 10:00\nWhere: Committee Room 2, Hackney Town Hall")
                .contains("Agenda:\n1. Open actions\n2. Training plan for Q1")
                .contains("The calendar invitation is attached");
        assertThat(email.html()).contains("<strong>When:</strong> Tuesday 8 December 2026 at 10:00<br>");
    }

    @Test
    void aMeetingInSummerIsShownInBritishSummerTime() {
        Map<String, Object> values = new HashMap<>(VALUES);
        values.put("scheduledAt", "2026-06-09T09:00:00Z");

        assertThat(render("agenda-pack", values).subject()).isEqualTo("Agenda: Operational group on Tuesday 9 June 2026 at 10:00");
    }

    @Test
    void theCancellationNamesTheMeetingAndItsDate() {
        RenderedEmail email = render("meeting-cancelled", VALUES);

        assertThat(email.subject()).isEqualTo("Cancelled: Operational group on Tuesday 8 December 2026 at 10:00");
        assertThat(email.text()).contains("The Operational group meeting on Tuesday 8 December 2026 at 10:00 has been cancelled.");
    }

    @Test
    void theMoveSaysWhenAndWhereTheMeetingIsNowAndWhy() {
        RenderedEmail email = render("meeting-moved", VALUES);

        assertThat(email.subject()).isEqualTo("Moved: Operational group is now on Tuesday 8 December 2026 at 10:00");
        assertThat(email.text())
                .contains("The Operational group meeting has moved.")
                .contains("When: Tuesday 8 December 2026 at 10:00\nWhere: Committee Room 2, Hackney Town Hall")
                .contains("Why it has moved: The town hall is closed for repairs that week");
        assertThat(email.html()).contains("<strong>When:</strong> Tuesday 8 December 2026 at 10:00<br>");
    }

    @Test
    void theMinutesReminderAsksTheChairToApprove() {
        RenderedEmail email = render("minutes-approval-reminder", VALUES);

        assertThat(email.subject()).isEqualTo("Reminder: minutes of Operational group to approve");
        assertThat(email.text()).contains("The minutes of the Operational group meeting are ready and waiting for your approval.");
    }

    @Test
    void theActionReminderNamesTheActionTheMeetingAndTheDueDate() {
        RenderedEmail email = render("action-reminder", VALUES);

        assertThat(email.subject()).isEqualTo("Reminder: your action is due by Tuesday 1 December 2026");
        assertThat(email.text())
                .contains("an action agreed at the Operational group meeting that is yours:\n\nShare the training plan with the borough leads\n")
                .contains("It is due by Tuesday 1 December 2026.");
    }

    @Test
    void theOverdueActionNamesItsOwnerAndBorough() {
        Map<String, Object> values = new HashMap<>(VALUES);
        values.put("actionTitle", "Agree <dates> & venues");

        RenderedEmail email = render("action-overdue", values);

        assertThat(email.subject()).isEqualTo("Overdue action: Agree <dates> & venues");
        assertThat(email.text())
                .contains("An action for waltham-forest was due by Tuesday 1 December 2026 and is not marked as done yet:")
                .contains("Owner: implementation-lead.hackney")
                .contains("on the next steering group agenda");
        assertThat(email.html()).contains("<strong>Agree &lt;dates&gt; &amp; venues</strong>");
    }

    /** Governance emails go to partnership staff about partnership business: nothing in them is about a family. */
    @ParameterizedTest
    @ValueSource(strings = {"agenda-call", "agenda-pack", "meeting-cancelled", "meeting-moved", "minutes-approval-reminder", "action-reminder", "action-overdue"})
    void saysNothingAboutFamiliesOrCases(String name) {
        RenderedEmail email = render(name, VALUES);

        assertThat(email.subject() + "\n" + email.text()).doesNotContainIgnoringCase("famil", "case", "child");
    }

    private RenderedEmail render(String name, Map<String, Object> values) {
        return templates.get(name).render(values);
    }
}
