package org.carecoord.hl7;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.preparser.PreParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import org.springframework.stereotype.Component;

/**
 * HAPI's pipe parser for every version 2.3–2.5.1 into the v2.5.1 structures (one canonical model), and the ACKs
 * CareCoord answers. HAPI's own validation is off: CareCoord checks the fields it reads and answers AR or AE.
 */
@Component
class Hl7Codec {

    static final String VERSION = "2.5.1";

    private static final AtomicLong ACK_SEQUENCE = new AtomicLong();

    private final PipeParser parser;

    Hl7Codec() {
        HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory(VERSION));
        context.setValidationContext(ValidationContextFactory.noValidation());
        // HAPI's default keeps a counter in a file in the working directory; CareCoord's ACK ids need no file
        context.getParserConfiguration()
                .setIdGenerator(() -> "CC" + Long.toString(System.currentTimeMillis(), 36)
                        + Long.toString(ACK_SEQUENCE.incrementAndGet() % 1_000_000, 36));
        this.parser = context.getPipeParser();
    }

    /** @throws HL7Exception not an HL7 v2 message HAPI can read */
    Message parse(String raw) throws HL7Exception {
        // segments end with CR; files and shells often write LF or CRLF
        return parser.parse(raw.replace("\r\n", "\r").replace('\n', '\r').strip());
    }

    /** MSA-1 AA: the message was applied (or had been, when sent again). */
    String accept(Message message) throws HL7Exception, IOException {
        return message.generateACK().encode();
    }

    /** MSA-1 AE or AR for a parsed message, the reason in MSA-3 and ERR-3 (error code and text). */
    String refuse(Message message, AcknowledgmentCode code, ErrorCode error, String reason)
            throws HL7Exception, IOException {
        Message ack = message.generateACK(code, new HL7Exception(reason, error));
        Terser.set((Segment) ack.get("MSA"), 3, 0, 1, 1, reason);
        return ack.encode();
    }

    /**
     * MSA-1 AR for bytes HAPI could not parse: a v2.5.1 ACK of its own, with the control id (MSA-2) when the header
     * could be read at all.
     */
    String reject(String raw, String reason) {
        try {
            ACK ack = new ACK();
            ack.setParser(parser);
            ack.initQuickstart("ACK", null, "P");
            ack.getMSA().getAcknowledgmentCode().setValue(AcknowledgmentCode.AR.name());
            ack.getMSA().getMessageControlID().setValue(controlIdOf(raw));
            ack.getMSA().getTextMessage().setValue(reason);
            new HL7Exception(reason, ErrorCode.UNSUPPORTED_MESSAGE_TYPE)
                    .populateResponse(ack, AcknowledgmentCode.AR, 0);
            return ack.encode();
        } catch (HL7Exception | IOException e) {
            throw new IllegalStateException("could not build an ACK", e);
        }
    }

    private static String controlIdOf(String raw) {
        try {
            String[] fields = PreParser.getFields(raw.replace('\n', '\r'), "MSH-10");
            return fields.length == 1 && fields[0] != null ? fields[0] : "";
        } catch (HL7Exception | RuntimeException unreadable) {
            return "";
        }
    }
}
