package uk.stpartnership.notification.email.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint emails as complainants, complaints staff and workers' managers read them, with the values the complaint process passes. */
class ComplaintTemplatesTest {

    /** Every variable any complaint template uses, as the process passes them: ISO dates and instants. */
    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("recipientName", "Alex Morgan"),
            Map.entry("businessReference", "CMP-HK-2026-0017"),
            Map.entry("receivedOn", "2026-11-24"),
            Map.entry("extensionReason", "We are still waiting to speak with a colleague who was on leave."),
            Map.entry("deadlineAt", "2026-12-08T17:00:00Z"),
            Map.entry("responseText", "We looked at each of your concerns.\nWe partly uphold your complaint <see below> & apologise."),
            Map.entry("taskName", "Respond at stage 1"),
            Map.entry("borough", "hackney"),
            Map.entry("workersComplainedAbout", "Sam O'Brien, social worker"),
            Map.entry("managerBriefing", "The complaint is about how a meeting in October was arranged."));

    private final EmailTemplates templates = new EmailTemplates();

    @Test
    void theAcknowledgementSaysTheComplaintIsReceivedAndQuotesTheReference() {
        RenderedEmail email = render("complaint-acknowledgement");

        assertThat(email.subject()).isEqualTo("Your complaint CMP-HK-2026-0017: we have received it");
        assertThat(email.text())
                .startsWith("Dear Alex Morgan,")
                .contains("We received your complaint on Tuesday 24 November 2026, and it is now being considered.")
                .contains("Your complaint reference is CMP-HK-2026-0017. Please quote it");
    }

    @Test
    void theExtensionSaysWhyAndTheNewDate() {
        RenderedEmail email = render("complaint-extension");

        assertThat(email.subject()).isEqualTo("Your complaint CMP-HK-2026-0017: we need more time to respond");
        assertThat(email.text())
                .contains("This is because:\n\nWe are still waiting to speak with a colleague who was on leave.\n")
                .contains("We will now send you our response by Tuesday 8 December 2026 at 17:00.");
        assertThat(email.html()).contains("by <strong>Tuesday 8 December 2026 at 17:00</strong>");
    }

    @Test
    void theResponseGivesTheTextAndEndsWithTheNextStage() {
        RenderedEmail email = render("complaint-response");

        assertThat(email.subject()).isEqualTo("Your complaint CMP-HK-2026-0017: our response");
        assertThat(email.text())
                .contains("Our response is below.\n\nWe looked at each of your concerns.\nWe partly uphold your complaint <see below> & apologise.\n")
                .contains("If you are not satisfied with this response, you can ask for your complaint to be considered at the next stage")
                .contains("please contact the complaints team in the same way as you made your complaint, quoting your reference CMP-HK-2026-0017.");
        assertThat(email.html())
                .contains("<p style=\"white-space: pre-line;\">We looked at each of your concerns.\nWe partly uphold your complaint &lt;see below&gt; &amp; apologise.</p>");
    }

    @Test
    void theFinalResponsePointsToTheOmbudsman() {
        RenderedEmail email = render("complaint-final-response");

        assertThat(email.subject()).isEqualTo("Your complaint CMP-HK-2026-0017: our final response");
        assertThat(email.text())
                .contains("This is the council's final response.\n\nWe looked at each of your concerns.")
                .contains("If you remain dissatisfied, you can ask the Local Government and Social Care Ombudsman to look at your complaint.")
                .contains("Website: www.lgo.org.uk\nTelephone: 0300 061 0614")
                .doesNotContain("next stage");
        assertThat(email.html())
                .contains("<a href=\"https://www.lgo.org.uk\">www.lgo.org.uk</a>")
                .contains("&lt;see below&gt; &amp; apologise.");
    }

    @Test
    void theDeadlineReminderNamesTheTaskAndWhenItIsDue() {
        RenderedEmail email = render("complaint-deadline-reminder");

        assertThat(email.subject()).isEqualTo("Reminder: Respond at stage 1 on complaint CMP-HK-2026-0017 is due by Tuesday 8 December 2026 at 17:00");
        assertThat(email.text())
                .contains("the task \"Respond at stage 1\" on complaint CMP-HK-2026-0017 is due by Tuesday 8 December 2026 at 17:00.")
                .contains("Please complete it in the S&T Partnership platform");
    }

    @Test
    void theMissedDeadlineTellsTheComplaintsManagerItIsOnTheSlaView() {
        RenderedEmail email = render("complaint-deadline-missed");

        assertThat(email.subject()).isEqualTo("Deadline passed: Respond at stage 1 on complaint CMP-HK-2026-0017");
        assertThat(email.text())
                .contains("The statutory deadline for the task \"Respond at stage 1\" on complaint CMP-HK-2026-0017 in hackney has passed.")
                .contains("It was due by Tuesday 8 December 2026 at 17:00")
                .contains("on the SLA view");
    }

    @Test
    void theWorkersManagerGetsTheBriefingAndIsAskedToSupportTheWorker() {
        RenderedEmail email = render("complaint-worker-manager");

        assertThat(email.subject()).isEqualTo("Complaint CMP-HK-2026-0017 about the work of your team");
        assertThat(email.text())
                .contains("about the work of:\n\nSam O'Brien, social worker\n")
                .contains("About the complaint:\nThe complaint is about how a meeting in October was arranged.\n")
                .contains("Complaints can be hard to receive")
                .contains("Please check in with the worker or workers named above soon, and offer them support");
        assertThat(email.html()).contains("<strong>Sam O&#39;Brien, social worker</strong>");
    }

    /**
     * The complainant may be the person causing harm in a linked case: their emails say nothing of the
     * victim-survivor, the family, or the platform and its review of complaints for systems abuse.
     */
    @ParameterizedTest
    @ValueSource(strings = {"complaint-acknowledgement", "complaint-extension", "complaint-response", "complaint-final-response"})
    void complainantEmailsSayNothingAboutTheVictimSurvivorThePlatformOrTheFamily(String name) {
        RenderedEmail email = render(name);

        assertThat(email.subject() + "\n" + email.text())
                .doesNotContainIgnoringCase("victim", "survivor", "abuse", "perpetrator", "Safe & Together", "S&T", "platform", "case", "child", "famil");
    }

    /** Staff emails carry the reference and the task, never anything about the people in the linked case. */
    @ParameterizedTest
    @ValueSource(strings = {"complaint-deadline-reminder", "complaint-deadline-missed", "complaint-worker-manager"})
    void staffEmailsSayNothingAboutTheVictimSurvivor(String name) {
        RenderedEmail email = render(name);

        assertThat(email.subject() + "\n" + email.text()).doesNotContainIgnoringCase("victim", "survivor", "famil", "child");
    }

    private RenderedEmail render(String name) {
        return templates.get(name).render(VALUES);
    }
}
