package org.carecoord.notification;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a step puts the mail it decides to send: rendered now, written in the step's own transaction (so the mail
 * exists if and only if the step commits), delivered later by {@link OutboxSender}.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository outbox;
    private final MailRenderer renderer;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    Outbox(OutboxRepository outbox, MailRenderer renderer, PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * Queues the mail unless one with the same dedupe key is queued already (then returns false and the step goes
     * on). Must run inside the step's transaction.
     *
     * @throws IllegalArgumentException if the values are not exactly the template's placeholders
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutboxMessage message) {
        return enqueue(message, null);
    }

    /**
     * Like {@link #enqueue(OutboxMessage)}, but the mail is not sent before {@code notBefore} (e.g. an appointment
     * reminder 24 hours ahead); null or a past instant means as soon as possible.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutboxMessage message, Instant notBefore) {
        RenderedMail mail = renderer.render(message.template(), message.values());
        Instant now = Instant.now(clock);
        Instant sendAt = notBefore == null || notBefore.isBefore(now) ? now : notBefore;
        // A concurrent step may insert the same key after our check: the savepoint keeps the unique violation
        // from aborting the step's (PostgreSQL) transaction.
        Boolean queued = savepoint.execute(status -> {
            if (outbox.exists(message.dedupeKey())) {
                return false;
            }
            try {
                outbox.insert(message, mail, now, sendAt);
                return true;
            } catch (DuplicateKeyException raced) {
                status.setRollbackOnly();
                return false;
            }
        });
        if (!Boolean.TRUE.equals(queued)) {
            log.debug("mail {} already queued", message.dedupeKey());
        }
        return Boolean.TRUE.equals(queued);
    }
}
