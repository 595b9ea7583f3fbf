package org.carecoord.notification;

import java.time.Instant;

/** An outbox row as a sender sees it; caseNumber is joined from the case, if any. */
record OutboxRow(
        long id,
        String dedupeKey,
        Long caseId,
        String caseNumber,
        String recipient,
        String template,
        String subject,
        String bodyText,
        String bodyHtml,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String messageId,
        OutboxMessage.Attachment attachment) {}
