package org.carecoord.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox rows. Each row is claimed in a short transaction (locked with SKIP LOCKED, then marked
 * 'sending' by a conditional update), so concurrent senders on any number of nodes never take the same row; the
 * SMTP call happens outside any transaction; the outcome is recorded in another short one.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** How long before a claim goes stale a sender stops trying to record a delivery. */
    private static final long SENT_MARGIN_NANOS = 2_000_000_000L;

    private static final long FIRST_WAIT_MILLIS = 250;
    private static final long MAX_WAIT_MILLIS = 4_000;

    private final OutboxRepository outbox;
    private final DeliveryFailureTasks failureTasks;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicBoolean disabledLogged = new AtomicBoolean();

    OutboxSender(
            OutboxRepository outbox,
            DeliveryFailureTasks failureTasks,
            ObjectProvider<JavaMailSender> mailSender,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.outbox = outbox;
        this.failureTasks = failureTasks;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Delivers what is due with the configured mail server; without one (no spring.mail.host) leaves rows pending. */
    int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (!disabledLogged.get()) {
                long pending = outbox.countPending();
                if (pending > 0 && !disabledLogged.getAndSet(true)) {
                    log.warn("mail is disabled (set SPRING_MAIL_HOST): {} messages pending", pending);
                }
            }
            return 0;
        }
        return deliverDue(sender, Instant.now(clock));
    }

    /** Claims and sends one batch of rows due at {@code now}; returns how many were delivered. */
    /** Delivers due rows through the given sender as of {@code now} (the poller uses the configured one). */
    public int deliverDue(JavaMailSender sender, Instant now) {
        int delivered = 0;
        List<OutboxRow> claimed = claim(now);
        long claimedAt = System.nanoTime();
        for (OutboxRow row : claimed) {
            if (send(sender, row, now, claimedAt)) {
                delivered++;
            }
        }
        return delivered;
    }

    private List<OutboxRow> claim(Instant now) {
        Instant staleBefore = now.minus(properties.sendingTimeout());
        return transaction.execute(status -> {
            List<OutboxRow> claimed = new ArrayList<>();
            for (long id : outbox.lockClaimable(now, staleBefore, properties.batchSize())) {
                if (outbox.claim(id, now, staleBefore)) {
                    outbox.find(id).ifPresent(claimed::add);
                }
            }
            return claimed;
        });
    }

    private boolean send(JavaMailSender sender, OutboxRow row, Instant now, long claimedAt) {
        String messageId = OutboxMimeMessage.messageIdOf(row.id(), row.dedupeKey());
        try {
            sender.send(message(sender, row, messageId));
        } catch (RuntimeException | MessagingException e) {
            recordFailure(row, e, now);
            return false;
        }
        recordSent(row, messageId, claimedAt);
        return true;
    }

    /**
     * The mail is out: record it, and if the database is away (an outage, a failover) keep trying for as long as the
     * claim holds — a row still 'sending' when its claim goes stale is taken again by a sender and sent twice.
     */
    private void recordSent(OutboxRow row, String messageId, long claimedAt) {
        long claimEnds = claimedAt + properties.sendingTimeout().toNanos() - SENT_MARGIN_NANOS;
        long wait = FIRST_WAIT_MILLIS;
        while (true) {
            try {
                transaction.executeWithoutResult(status -> outbox.markSent(row.id(), messageId, Instant.now(clock)));
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() + wait * 1_000_000 > claimEnds) {
                    log.warn(
                            "outbox message {} was delivered but could not be recorded as sent ({});"
                                    + " it may be sent again when its claim goes stale",
                            row.id(),
                            describe(e));
                    return;
                }
                sleep(wait);
                wait = Math.min(wait * 2, MAX_WAIT_MILLIS);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a delivered mail", e);
        }
    }

    private OutboxMimeMessage message(JavaMailSender sender, OutboxRow row, String messageId)
            throws MessagingException {
        var message = new OutboxMimeMessage(sender.createMimeMessage().getSession(), messageId);
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.bodyText(), row.bodyHtml());
        if (row.attachment() != null) {
            var attachment = row.attachment();
            helper.addAttachment(
                    attachment.fileName(),
                    new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)),
                    attachment.contentType());
        }
        return message;
    }

    private void recordFailure(OutboxRow row, Exception e, Instant now) {
        String error = describe(e);
        if (row.attempts() >= properties.maxAttempts()) {
            transaction.executeWithoutResult(status -> {
                if (outbox.markFailed(row.id(), error)) {
                    failureTasks.create(row, row.attempts(), now);
                }
            });
            log.warn("outbox message {} failed for good after {} attempts: {}", row.id(), row.attempts(), error);
        } else {
            Instant next = now.plus(Backoff.after(row.attempts(), properties.backoffBase()));
            transaction.executeWithoutResult(status -> outbox.scheduleRetry(row.id(), next, error));
            log.info(
                    "outbox message {} attempt {} failed ({}); next attempt at {}",
                    row.id(),
                    row.attempts(),
                    error,
                    next);
        }
    }

    /** Exception classes and the SMTP reply code only: server messages may echo addresses or content. */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getSimpleName());
        Integer smtpCode = null;
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 8; cause = next(cause)) {
            if (cause != e) {
                out.append(" < ").append(cause.getClass().getSimpleName());
            }
            if (smtpCode == null && cause instanceof SMTPSendFailedException failed) {
                smtpCode = failed.getReturnCode();
            } else if (smtpCode == null && cause instanceof SMTPAddressFailedException failed) {
                smtpCode = failed.getReturnCode();
            }
        }
        String text = out + (smtpCode != null ? " (SMTP " + smtpCode + ")" : "");
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            Exception failed = send.getFailedMessages().values().iterator().next();
            return failed != e ? failed : null;
        }
        if (e instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException() != e ? messaging.getNextException() : null;
        }
        return e.getCause() != e ? e.getCause() : null;
    }
}
