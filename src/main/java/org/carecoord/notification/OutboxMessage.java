package org.carecoord.notification;

import java.util.Map;
import java.util.Objects;

/**
 * A mail a step decides to send.
 *
 * @param dedupeKey unique per purpose, e.g. {@code referral:42:sent}; a second message with the same key is dropped
 * @param caseId    the case it is about, or null; names the case in the managers' task if delivery fails
 * @param recipient one e-mail address
 * @param template  which mail
 * @param values    exactly the template's placeholders
 * @param attachment one attachment (e.g. a calendar invitation), or null
 */
public record OutboxMessage(
        String dedupeKey,
        Long caseId,
        String recipient,
        MailTemplate template,
        Map<String, String> values,
        Attachment attachment) {

    /**
     * A small text attachment stored with the row, so a resend carries the same bytes.
     *
     * @param contentType e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
     */
    public record Attachment(String fileName, String contentType, String content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    public OutboxMessage {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        values = Map.copyOf(values);
    }

    /** A mail without attachment. */
    public OutboxMessage(
            String dedupeKey, Long caseId, String recipient, MailTemplate template, Map<String, String> values) {
        this(dedupeKey, caseId, recipient, template, values, null);
    }
}
