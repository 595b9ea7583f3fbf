package org.carecoord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

    @Test
    void waitDoublesAfterEachFailedAttemptStartingAtTheBase() {
        Duration base = Duration.ofMinutes(1);

        assertThat(Backoff.after(1, base)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(2, base)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(3, base)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(5, base)).isEqualTo(Duration.ofMinutes(16));
    }

    @Test
    void defaultsAreSixAttemptsFromOneMinute() {
        var defaults = NotificationProperties.defaults();

        assertThat(defaults.maxAttempts()).isEqualTo(6);
        assertThat(defaults.backoffBase()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aVeryLateAttemptDoesNotOverflow() {
        assertThat(Backoff.after(100, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1L << 20));
    }

    @Test
    void failureDescriptionNamesExceptionClassesOnly() {
        var failure = new org.springframework.mail.MailSendException(
                "Mail server connection failed",
                new jakarta.mail.MessagingException("Couldn't connect to host jane@example.org"));

        assertThat(OutboxSender.describe(failure))
                .isEqualTo("MailSendException < MessagingException")
                .doesNotContain("jane");
    }
}
