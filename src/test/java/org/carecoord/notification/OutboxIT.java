package org.carecoord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.security.Groups;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on PostgreSQL against a real SMTP server (GreenMail): queued in the step's transaction, delivered
 * once, retried with back-off, a managers' task when it finally fails. The shared context has no mail server, so
 * each test hands the sender a JavaMailSender of its own; rows are told apart by a unique recipient per test.
 */
class OutboxIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxRepository rows;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TaskService taskService;

    @Test
    void enqueuingTwiceWithOneDedupeKeyQueuesOneRowAndSendsOneMail() {
        String recipient = recipient();
        OutboxMessage message = welcome("welcome:" + recipient, recipient, null);

        assertThat(inStep(() -> outbox.enqueue(message))).isTrue();
        assertThat(inStep(() -> outbox.enqueue(message) || outbox.enqueue(message)))
                .isFalse();
        sender.deliverDue(greenMailSender(), Instant.now());
        sender.deliverDue(greenMailSender(), Instant.now().plus(Duration.ofDays(1)));

        assertThat(jdbc.queryForObject("select count(*) from outbox where recipient = ?", Long.class, recipient))
                .isEqualTo(1);
        assertThat(messagesTo(recipient)).hasSize(1);
    }

    @Test
    void aMailIsQueuedOnlyIfTheStepCommits() {
        String recipient = recipient();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    outbox.enqueue(welcome("welcome:" + recipient, recipient, null));
                    throw new IllegalStateException("the step fails");
                }))
                .hasMessage("the step fails");
        assertThatThrownBy(() -> outbox.enqueue(welcome("welcome:" + recipient, recipient, null)))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(rows.findByDedupeKey("welcome:" + recipient)).isEmpty();
    }

    @Test
    void aDeliveredMailHasTheRenderedPartsAndItsDeterministicMessageId() throws Exception {
        String recipient = recipient();
        String key = "referral:" + recipient + ":sent";
        inStep(() -> outbox.enqueue(new OutboxMessage(
                key,
                null,
                recipient,
                MailTemplate.REFERRAL_TO_PROVIDER,
                Map.of(
                        "providerName",
                        "Springfield Food Bank",
                        "serviceName",
                        "food assistance",
                        "referenceNumber",
                        "CC-2026-000042",
                        "urgency",
                        "routine",
                        "respondBy",
                        "May 8, 2026",
                        "responseLink",
                        "https://carecoord.example.org/referral-response/abc?x=1&y=2",
                        "coordinatorName",
                        "Ana Ruiz",
                        "contactPhone",
                        "+1 555 0100"))));

        sender.deliverDue(greenMailSender(), Instant.now());

        OutboxRow row = rows.findByDedupeKey(key).orElseThrow();
        assertThat(row.status()).isEqualTo(OutboxRepository.SENT);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.sentAt()).isNotNull();
        assertThat(row.messageId()).isEqualTo(OutboxMimeMessage.messageIdOf(row.id(), key));
        MimeMessage mail = messagesTo(recipient).get(0);
        assertThat(mail.getMessageID()).isEqualTo(row.messageId());
        assertThat(mail.getSubject()).isEqualTo("New referral CC-2026-000042: food assistance");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@carecoord.local");
        assertThat(part(mail, "text/plain"))
                .contains("Hello Springfield Food Bank,")
                .contains("https://carecoord.example.org/referral-response/abc?x=1&y=2");
        assertThat(part(mail, "text/html"))
                .contains("href=\"https://carecoord.example.org/referral-response/abc?x=1&amp;y=2\"");
    }

    @Test
    void whileSmtpIsDownTheMailStaysPendingAndIsDeliveredOnceLater() {
        String recipient = recipient();
        String key = "welcome:" + recipient;
        inStep(() -> outbox.enqueue(welcome(key, recipient, null)));
        Instant now = Instant.now();

        sender.deliverDue(unreachableSender(), now);

        OutboxRow retry = rows.findByDedupeKey(key).orElseThrow();
        assertThat(retry.status()).isEqualTo(OutboxRepository.PENDING);
        assertThat(retry.attempts()).isEqualTo(1);
        assertThat(retry.nextAttemptAt()).isAfter(now.plus(Duration.ofSeconds(59)));
        assertThat(retry.lastError()).startsWith("MailSendException").doesNotContain(recipient);
        assertThat(failureTasksFor(recipient)).isEmpty();

        sender.deliverDue(greenMailSender(), now.plusSeconds(30));
        assertThat(messagesTo(recipient)).isEmpty();

        sender.deliverDue(greenMailSender(), now.plus(Duration.ofMinutes(2)));
        sender.deliverDue(greenMailSender(), now.plus(Duration.ofMinutes(30)));

        assertThat(messagesTo(recipient)).hasSize(1);
        OutboxRow sent = rows.findByDedupeKey(key).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxRepository.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void afterTheLastFailedAttemptTheRowFailsAndManagersGetATaskNamingCaseAndOutboxMessage() {
        String recipient = recipient();
        String key = "welcome:" + recipient;
        Map<String, Object> someCase = jdbc.queryForMap("select id, case_number from care_case order by id limit 1");
        inStep(() -> outbox.enqueue(welcome(key, recipient, ((Number) someCase.get("id")).longValue())));
        Instant now = Instant.now();

        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(failureTasksFor(recipient)).isEmpty();
            sender.deliverDue(unreachableSender(), now);
            now = now.plus(Duration.ofHours(1));
        }
        sender.deliverDue(greenMailSender(), now.plus(Duration.ofDays(1)));

        OutboxRow failed = rows.findByDedupeKey(key).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxRepository.FAILED);
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(messagesTo(recipient)).isEmpty();
        List<Task> tasks = failureTasksFor(recipient);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).getName())
                .isEqualTo("Email could not be delivered · " + someCase.get("case_number") + " · outbox message "
                        + failed.id());
        assertThat(tasks.get(0).getPriority()).isEqualTo(90);
        assertThat(tasks.get(0).getDescription())
                .contains("welcome")
                .contains("6 attempts")
                .doesNotContain(recipient);
    }

    @Test
    void twoSendersPollingTheSameRowsAtOnceDeliverEachRowOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String recipient = recipient();
            recipients.add(recipient);
            inStep(() -> outbox.enqueue(welcome("welcome:" + recipient, recipient, null)));
        }
        Instant now = Instant.now();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                var mailSender = greenMailSender();
                results.add(pool.submit(() -> {
                    start.await();
                    int delivered = 0;
                    for (int round = 0; round < 3; round++) {
                        delivered += sender.deliverDue(mailSender, now);
                    }
                    return delivered;
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (String recipient : recipients) {
            assertThat(messagesTo(recipient)).as(recipient).hasSize(1);
            assertThat(rows.findByDedupeKey("welcome:" + recipient)
                            .orElseThrow()
                            .attempts())
                    .isEqualTo(1);
        }
    }

    private static String recipient() {
        return "person" + UNIQUE.incrementAndGet() + "@example.org";
    }

    private static OutboxMessage welcome(String key, String recipient, Long caseId) {
        return new OutboxMessage(
                key,
                caseId,
                recipient,
                MailTemplate.WELCOME,
                Map.of("firstName", "June", "coordinatorName", "Ana Ruiz", "contactPhone", "+1 555 0100"));
    }

    private boolean inStep(java.util.function.BooleanSupplier step) {
        return Boolean.TRUE.equals(transaction.execute(status -> step.getAsBoolean()));
    }

    private static JavaMailSenderImpl greenMailSender() {
        return sender(ServerSetupTest.SMTP.getPort());
    }

    private static JavaMailSenderImpl unreachableSender() {
        try (var socket = new ServerSocket(0)) {
            return sender(socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaMailSenderImpl sender(int port) {
        var mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        mailSender.setJavaMailProperties(properties);
        return mailSender;
    }

    private List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> {
                    try {
                        Address[] to = message.getRecipients(Message.RecipientType.TO);
                        return to != null
                                && Arrays.stream(to)
                                        .anyMatch(address -> address.toString().equals(recipient));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private List<Task> failureTasksFor(String recipient) {
        long outboxId = jdbc.queryForObject("select id from outbox where recipient = ?", Long.class, recipient);
        return taskService
                .createTaskQuery()
                .taskCandidateGroup(Groups.MANAGERS)
                .taskNameLike(DeliveryFailureTasks.NAME + "%" + DeliveryFailureTasks.reference(outboxId))
                .list();
    }

    private static String part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
