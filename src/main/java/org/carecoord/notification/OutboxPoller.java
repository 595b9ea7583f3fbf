package org.carecoord.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the outbox; switched off with carecoord.mail.sender.enabled=false (tests drive the sender themselves). */
@Component
@ConditionalOnProperty(name = "carecoord.mail.sender.enabled", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private final OutboxSender sender;

    OutboxPoller(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(
            fixedDelayString = "${carecoord.mail.poll-interval:PT10S}",
            initialDelayString = "${carecoord.mail.poll-interval:PT10S}")
    void deliverDue() {
        sender.deliverDue();
    }
}
