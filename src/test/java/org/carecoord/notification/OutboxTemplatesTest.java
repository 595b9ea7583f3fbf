package org.carecoord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutboxTemplatesTest {

    private final MailRenderer renderer = new MailRenderer();

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void everyTemplateRendersSubjectTextAndHtmlFromItsDeclaredPlaceholders(MailTemplate template) {
        Map<String, String> values = new HashMap<>();
        template.placeholders().forEach(name -> values.put(name, "<" + name + "-value>"));

        RenderedMail mail = renderer.render(template, values);

        assertThat(mail.subject()).isNotBlank().doesNotContain("{{").doesNotContain("\n");
        assertThat(mail.text()).doesNotContain("{{");
        assertThat(mail.html()).doesNotContain("{{").startsWith("<!DOCTYPE html>");
        template.placeholders().forEach(name -> {
            assertThat(mail.subject() + mail.text())
                    .as(name)
                    .satisfiesAnyOf(
                            all -> assertThat(all).contains("<" + name + "-value>"),
                            all -> assertThat(mail.html()).contains("&lt;" + name + "-value&gt;"));
            assertThat(mail.html()).doesNotContain("<" + name + "-value>");
        });
    }

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void aValueLikeMarkupIsTextInEveryHtmlMail(MailTemplate template) {
        Map<String, String> values = new HashMap<>();
        template.placeholders().forEach(name -> values.put(name, "<img src=x onerror=alert(1)>"));

        RenderedMail mail = renderer.render(template, values);

        assertThat(mail.html()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void htmlEscapesValuesButTextKeepsThem() {
        RenderedMail mail = renderer.render(
                MailTemplate.WELCOME,
                Map.of("firstName", "<b>Ann & \"Jo\"</b>", "coordinatorName", "O'Neil", "contactPhone", "555"));

        assertThat(mail.html())
                .contains("Hello &lt;b&gt;Ann &amp; &quot;Jo&quot;&lt;/b&gt;,")
                .contains("O&#39;Neil")
                .doesNotContain("<b>Ann");
        assertThat(mail.text()).contains("Hello <b>Ann & \"Jo\"</b>,").contains("O'Neil");
    }

    @Test
    void subjectValuesStayOnOneLine() {
        RenderedMail mail = renderer.render(
                MailTemplate.MANAGER_ESCALATION,
                Map.of("caseNumber", "CC-1\r\nBcc: someone@example.org", "reason", "r", "taskLink", "https://x"));

        assertThat(mail.subject()).isEqualTo("Needs your attention: case CC-1 Bcc: someone@example.org");
    }

    @Test
    void aMissingOrUnknownPlaceholderValueIsRefused() {
        assertThatThrownBy(() -> renderer.render(MailTemplate.WELCOME, Map.of("firstName", "Ann")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coordinatorName");
        assertThatThrownBy(() -> renderer.render(
                        MailTemplate.WELCOME,
                        Map.of("firstName", "Ann", "coordinatorName", "Jo", "contactPhone", "555", "diagnosis", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diagnosis");
    }

    @Test
    void aPlaceholderInTheFileWithoutAValueFails() {
        assertThatThrownBy(() ->
                        MailRenderer.fill("Hi {{name}}, {{unknown}}", Map.of("name", "Ann"), UnaryOperator.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown");
        assertThat(MailRenderer.fill("Hi {{ name }}!", Map.of("name", "$1 \\"), UnaryOperator.identity()))
                .isEqualTo("Hi $1 \\!");
    }

    @Test
    void messageIdIsTheSameForTheSameRowAndDiffersBetweenRows() {
        String id = OutboxMimeMessage.messageIdOf(7, "referral:42:sent");

        assertThat(id)
                .matches("<outbox-7\\.[0-9a-f]{16}@carecoord>")
                .isEqualTo(OutboxMimeMessage.messageIdOf(7, "referral:42:sent"))
                .isNotEqualTo(OutboxMimeMessage.messageIdOf(7, "referral:43:sent"));
    }
}
