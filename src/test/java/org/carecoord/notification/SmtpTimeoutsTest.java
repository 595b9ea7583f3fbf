package org.carecoord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that accepts the connection and then says nothing must not hold the outbox poller forever: the
 * application's configuration gives JavaMail connect, read and write timeouts, and with them a send to such a server
 * fails (and is retried later like any other failure) instead of hanging.
 */
class SmtpTimeoutsTest {

    @Test
    void theApplicationConfiguresSmtpTimeouts() throws IOException {
        Properties mail = applicationMailProperties();

        assertThat(mail)
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000");
    }

    @Test
    void aServerThatNeverGreetsFailsTheSendInsteadOfHangingIt() throws IOException {
        Properties mail = applicationMailProperties();
        // the same keys as the application's, shorter so the test is quick: the keys are what is being proven
        mail.replaceAll((key, value) -> "1000");
        try (var silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accept and say nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(silent.getLocalPort());
            sender.setJavaMailProperties(mail);
            var message = new SimpleMailMessage();
            message.setFrom("no-reply@carecoord.local");
            message.setTo("someone@example.org");
            message.setSubject("test");
            message.setText("test");

            // without the timeouts this send would wait for the greeting forever
            assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> assertThatThrownBy(() -> sender.send(message)).isInstanceOf(MailSendException.class));
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private static Properties applicationMailProperties() throws IOException {
        var environment = new StandardEnvironment();
        for (var source :
                new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))) {
            environment.getPropertySources().addLast(source);
        }
        var properties = new Properties();
        properties.putAll(Binder.get(environment)
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class))
                .get());
        return properties;
    }
}
