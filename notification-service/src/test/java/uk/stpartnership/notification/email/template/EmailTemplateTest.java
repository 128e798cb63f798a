package uk.stpartnership.notification.email.template;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTemplateTest {

    private static final String REMINDER = """
            # a comment
            subject: Consultation for case {{caseReference}}
            variables: recipientName, caseReference, dueDate

            --- text
            Dear {{recipientName}},
            case {{ caseReference }} is due by {{dueDate}}.

            --- html
            <p>Dear {{recipientName}}, case {{caseReference}} is due by {{dueDate}}.</p>
            """;

    private static final Map<String, Object> VALUES = Map.of(
            "recipientName", "Sam O'Brien <Lead> & \"Co\"", "caseReference", "HK-0042", "dueDate", "2026-12-01", "unused", 1);

    @Test
    void rendersTheTextAsItIsAndEscapesValuesInTheHtml() {
        RenderedEmail email = EmailTemplate.parse("reminder", REMINDER).render(VALUES);

        assertThat(email.subject()).isEqualTo("Consultation for case HK-0042");
        assertThat(email.text()).isEqualTo("Dear Sam O'Brien <Lead> & \"Co\",\ncase HK-0042 is due by Tuesday 1 December 2026.");
        assertThat(email.html())
                .contains("<p>Dear Sam O&#39;Brien &lt;Lead&gt; &amp; &quot;Co&quot;, case HK-0042 is due by Tuesday 1 December 2026.</p>")
                .contains("<title>Consultation for case HK-0042</title>")
                .startsWith("<!DOCTYPE html>");
    }

    @Test
    void writesIsoDateTimesInUkTime() {
        EmailTemplate template = EmailTemplate.parse("when", """
                subject: When
                variables: when
                --- text
                {{when}}
                --- html
                {{when}}
                """);

        assertThat(template.render(Map.of("when", "2026-12-08T10:00:00Z")).text()).isEqualTo("Tuesday 8 December 2026 at 10:00");
        assertThat(template.render(Map.of("when", "2026-12-08T10:00:00.123456Z")).text()).isEqualTo("Tuesday 8 December 2026 at 10:00");
        assertThat(template.render(Map.of("when", "2026-07-01T09:00:00Z")).text()).isEqualTo("Wednesday 1 July 2026 at 10:00");
        assertThat(template.render(Map.of("when", "2026-12-01T09:00:00+01:00")).text()).isEqualTo("Tuesday 1 December 2026 at 08:00");
        assertThat(template.render(Map.of("when", "2026-12-01T09:00")).text()).isEqualTo("2026-12-01T09:00");
        assertThat(template.render(Map.of("when", 42)).text()).isEqualTo("42");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        Map<String, Object> values = new HashMap<>(VALUES);
        values.put("caseReference", "HK-0042\r\nBcc: someone@example.org");

        assertThat(EmailTemplate.parse("reminder", REMINDER).render(values).subject())
                .isEqualTo("Consultation for case HK-0042 Bcc: someone@example.org");
    }

    @Test
    void failsLoudlyNamingTheDeclaredVariablesTheJobLacks() {
        Map<String, Object> values = new HashMap<>(VALUES);
        values.remove("dueDate");
        values.put("caseReference", null);

        assertThatThrownBy(() -> EmailTemplate.parse("reminder", REMINDER).render(values))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Template reminder needs [caseReference, dueDate]");
    }

    @Test
    void refusesAPlaceholderThatIsNotDeclared() {
        String source = REMINDER.replace("</p>", " in {{borough}}</p>");

        assertThatThrownBy(() -> EmailTemplate.parse("reminder", source))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Template reminder uses {{borough}} in its html but does not declare it in 'variables:'");
    }

    @Test
    void refusesADeclaredVariableThatIsNeverUsed() {
        String source = REMINDER.replace("dueDate\n", "dueDate, borough\n");

        assertThatThrownBy(() -> EmailTemplate.parse("reminder", source))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Template reminder declares [borough] but never uses it");
    }

    @Test
    void refusesAMalformedPlaceholder() {
        String source = REMINDER.replace("{{dueDate}}.\n\n", "{{due date}}.\n\n");

        assertThatThrownBy(() -> EmailTemplate.parse("reminder", source))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("malformed placeholder in its text");
    }

    @Test
    void refusesATemplateWithoutItsParts() {
        assertThatThrownBy(() -> EmailTemplate.parse("reminder", REMINDER.substring(0, REMINDER.indexOf("--- html"))))
                .hasMessage("Template reminder has no '--- html' part");
        assertThatThrownBy(() -> EmailTemplate.parse("reminder", REMINDER.replace("subject:", "# subject:")))
                .hasMessage("Template reminder has no 'subject:' line");
        assertThatThrownBy(() -> EmailTemplate.parse("reminder", REMINDER.replace("# a comment", "from: someone")))
                .hasMessageContaining("line 1: expected 'subject: ...' or 'variables: ...'");
        assertThatThrownBy(() -> EmailTemplate.parse("reminder", REMINDER + "--- text\nagain\n"))
                .hasMessageContaining("expected '--- text' or '--- html', each once");
    }
}
