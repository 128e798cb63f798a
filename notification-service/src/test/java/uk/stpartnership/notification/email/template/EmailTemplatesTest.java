package uk.stpartnership.notification.email.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The templates the service ships: they load, and each declares the variables docs/CONTRACTS.md promises. */
class EmailTemplatesTest {

    private final EmailTemplates templates = new EmailTemplates();

    @Test
    void shipsTheTemplatesOfTheContract() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", EmailTemplates.LOCATION))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("consultation-reminder.email", "consultation-overdue.email", "consultation-confirmation.email");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            consultation-reminder     | recipientName, caseReference, dueDate
            consultation-overdue      | recipientName, caseReference, dueDate, borough
            consultation-confirmation | recipientName, caseReference, consultationDate, themesSummary, followUpSummary
            """)
    void eachTemplateDeclaresTheContractsVariablesAndRenders(String name, String contractVariables) {
        EmailTemplate template = templates.get(name);
        assertThat(template.variables()).containsExactlyInAnyOrder(contractVariables.split(",\\s*"));

        Map<String, Object> values = new HashMap<>();
        Arrays.stream(contractVariables.split(",\\s*")).forEach(variable -> values.put(variable, "value-of-" + variable));
        RenderedEmail email = templates.get(name).render(values);

        assertThat(email.subject()).contains("value-of-caseReference").doesNotContain("{{");
        assertThat(email.text()).contains("Dear value-of-recipientName,").doesNotContain("{{");
        assertThat(email.html()).contains("Dear value-of-recipientName,").doesNotContain("{{");
        values.keySet().forEach(variable -> assertThat(email.text() + email.html()).contains("value-of-" + variable));
    }

    @Test
    void refusesUnknownTemplatesAndNamesThatAreNotPlain() {
        assertThatThrownBy(() -> templates.get("consultation-unknown"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("There is no email template consultation-unknown");
        assertThatThrownBy(() -> templates.get("../logback"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("is not a template name");
    }
}
