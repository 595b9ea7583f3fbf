package org.carecoord.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the nodes deliver to: GreenMail on a fixed port. {@link #stop()} and {@link #start()} are the SMTP
 * outage (a new server on the same port); what the stopped server had received is kept, so the counts cover the run.
 */
final class MailServer {

    /** One received message, as the provider's mail client shows it. */
    record Mail(String messageId, String subject, List<String> recipients, String text) {}

    private final int port;
    private final List<Mail> earlier = new ArrayList<>();
    private GreenMail greenMail;

    MailServer(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    synchronized void stop() {
        earlier.addAll(read(greenMail));
        greenMail.stop();
        greenMail = null;
    }

    synchronized boolean running() {
        return greenMail != null;
    }

    /** Every message received so far, by this server and the ones before it. */
    synchronized List<Mail> all() {
        List<Mail> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(read(greenMail));
        }
        return all;
    }

    synchronized Optional<Mail> withSubjectContaining(String text) {
        return all().stream().filter(mail -> mail.subject().contains(text)).findFirst();
    }

    private static List<Mail> read(GreenMail server) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                List<String> to = new ArrayList<>();
                for (var address : message.getAllRecipients()) {
                    to.add(address.toString());
                }
                mails.add(new Mail(message.getMessageID(), message.getSubject(), to, text(message)));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("unreadable message", e);
            }
        }
        return mails;
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = text(body);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
