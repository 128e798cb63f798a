package uk.stpartnership.notification.email.template;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The accreditation emails (docs/TRAINERS.md), with the words workflow-service's letter gives. */
class TrainerTemplatesTest {

    private static final Map<String, Object> VALUES = Map.of("recipientName", "Sam Patel", "trainerName", "Ade Okafor",
            "runsOutOn", "3 December 2027", "because", "unless it is renewed before then");

    private final EmailTemplates templates = new EmailTemplates();

    @Test
    void theWarningSaysWhenAndWhy() {
        RenderedEmail email = templates.get("accreditation-lapsing").render(VALUES);

        assertThat(email.subject()).isEqualTo("Accreditation of Ade Okafor runs out on 3 December 2027");
        assertThat(email.text()).startsWith("Dear Sam Patel,")
                .contains("accreditation of Ade Okafor runs out on 3 December 2027, unless it is renewed before then.");
        assertThat(email.html()).contains("<strong>3 December 2027</strong>");
    }

    @Test
    void theLapseSaysWhenAndWhy() {
        RenderedEmail email = templates.get("accreditation-lapsed").render(Map.of("recipientName", "Sam Patel", "trainerName", "Ade Okafor",
                "runsOutOn", "3 December 2027", "because", "no cohort was delivered for a year"));

        assertThat(email.subject()).isEqualTo("Accreditation of Ade Okafor has lapsed");
        assertThat(email.text()).contains("lapsed on 3 December 2027: no cohort was delivered for a year.")
                .contains("can no longer be set as the trainer of a Core cohort");
    }
}
