package uk.stpartnership.notification.email.template;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The case-audit emails (docs/CASE-AUDITS.md), with the words workflow-service's letter gives. */
class AuditTemplatesTest {

    private final EmailTemplates templates = new EmailTemplates();

    @Test
    void theMissedFollowUpNamesTheRoundItsDayAndTheMeetingItIsRaisedAt() {
        RenderedEmail email = templates.get("audit-follow-up-missed").render(Map.of("recipientName", "Sam Patel",
                "roundReference", "CA-hackney-2026-1", "boroughs", "hackney, newham", "followUpDueOn", "2027-06-01",
                "steeringMeeting", "Steering group meeting on 10 June 2027"));

        assertThat(email.subject()).isEqualTo("Case-audit follow-up not started: CA-hackney-2026-1");
        assertThat(email.text()).startsWith("Dear Sam Patel,")
                .contains("The follow-up of the baseline case-audit round CA-hackney-2026-1 (hackney, newham) should have started by"
                        + " Tuesday 1 June 2027, and no follow-up round has been planned yet.")
                .contains("It is on the agenda of the Steering group meeting on 10 June 2027.")
                .contains("record a decision to cancel the follow-up in the decision log");
        assertThat(email.html()).contains("<strong>CA-hackney-2026-1</strong>").contains("<strong>Tuesday 1 June 2027</strong>");
        assertThat(email.subject() + "\n" + email.text()).doesNotContainIgnoringCase("famil", "child");
    }

    @Test
    void withNoSteeringMeetingPlannedItSaysItWillBeOnTheNextOne() {
        RenderedEmail email = templates.get("audit-follow-up-missed").render(Map.of("recipientName", "Sam Patel",
                "roundReference", "CA-hackney-2026-1", "boroughs", "hackney", "followUpDueOn", "2027-06-01",
                "steeringMeeting", "next steering group meeting, once one is planned"));

        assertThat(email.text()).contains("It is on the agenda of the next steering group meeting, once one is planned.");
    }
}
