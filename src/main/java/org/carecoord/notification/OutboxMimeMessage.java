package org.carecoord.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose Message-ID follows from its outbox row, so a resend after a crash carries the same id. */
class OutboxMimeMessage extends MimeMessage {

    private final String messageId;

    OutboxMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    /** {@code <outbox-{id}.{first 16 hex digits of SHA-256(dedupeKey)}@carecoord>} */
    static String messageIdOf(long id, String dedupeKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
            return "<outbox-" + id + "." + HexFormat.of().formatHex(hash, 0, 8) + "@carecoord>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
