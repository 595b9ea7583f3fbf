package org.carecoord.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.carecoord.notification.OutboxSender;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** For ITs whose mail goes to GreenMail ({@code ServerSetupTest.SMTP}): delivery of the outbox and what arrived. */
public final class OutboxDelivery {

    private OutboxDelivery() {}

    /** Delivers the due outbox rows as the poller would, to GreenMail. */
    public static void deliver(ApplicationContext context) {
        deliverAt(context, Instant.now());
    }

    /** Delivers the rows due at {@code now} (e.g. a reminder scheduled a day ahead), to GreenMail. */
    public static void deliverAt(ApplicationContext context, Instant now) {
        var mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(ServerSetupTest.SMTP.getPort());
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        mailSender.setJavaMailProperties(properties);
        context.getBean(OutboxSender.class).deliverDue(mailSender, now);
    }

    /** The mails GreenMail received for the recipient whose subject contains every one of the given texts. */
    public static List<MimeMessage> received(GreenMailExtension greenMail, String recipient, String... subjectParts) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> {
                    try {
                        String subject = message.getSubject();
                        return Arrays.stream(subjectParts).allMatch(subject::contains)
                                && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(to -> to.toString().equals(recipient));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
