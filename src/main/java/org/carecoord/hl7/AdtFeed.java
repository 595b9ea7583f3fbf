package org.carecoord.hl7;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * One HL7 v2 message in, its ACK out: parse, check the header, apply the ADT event (see {@link AdtEvents}) and answer
 * AA (applied, or applied before), AE (well formed but not applicable) or AR (malformed, not ADT, or a sending
 * facility not on the allow-list). Log lines and ACK texts name fields and control ids, never patient details.
 */
@Component
class AdtFeed {

    /** The system user the feed acts as: the stays it reports and the audit trail name it. */
    static final String ACTOR = "hl7-feed";

    static final String ADMISSION = "A01";
    static final String REGISTRATION = "A04";
    static final String DISCHARGE = "A03";

    private static final Logger log = LoggerFactory.getLogger(AdtFeed.class);

    private final Hl7Codec codec;
    private final AdtEvents events;
    private final AuditLog audit;
    private final Set<String> sendingFacilities;

    AdtFeed(
            Hl7Codec codec,
            AdtEvents events,
            AuditLog audit,
            @Value("${carecoord.hl7.sending-facilities:}") String sendingFacilities) {
        this.codec = codec;
        this.events = events;
        this.audit = audit;
        this.sendingFacilities = Arrays.stream(sendingFacilities.split(","))
                .map(String::trim)
                .filter(facility -> !facility.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The ACK for one message received from {@code clientAddress}; never throws for anything the sender sent. */
    String receive(String raw, String clientAddress) {
        Message message;
        try {
            message = codec.parse(raw);
        } catch (HL7Exception | RuntimeException unparseable) {
            log.warn("HL7 message from {} rejected (AR): not a parseable HL7 v2 message", clientAddress);
            return codec.reject(raw, "not a parseable HL7 v2 message");
        }
        try {
            return answer(message, clientAddress);
        } catch (HL7Exception | IOException ackFailed) {
            log.warn("HL7 message from {}: the ACK could not be built ({})", clientAddress, ackFailed.getClass());
            return codec.reject(raw, "not a parseable HL7 v2 message");
        }
    }

    private String answer(Message message, String clientAddress) throws HL7Exception, IOException {
        AdtMessage adt;
        try {
            adt = AdtMessage.of(message);
        } catch (MalformedAdtException malformed) {
            return refused(message, AcknowledgmentCode.AR, malformed.errorCode(), malformed.getMessage(), null);
        }
        if (!"ADT".equals(adt.messageType())) {
            return refused(
                    message, AcknowledgmentCode.AR, ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "not an ADT message", adt);
        }
        if (!sendingFacilities.isEmpty() && !sendingFacilities.contains(adt.sendingFacility())) {
            return refused(
                    message,
                    AcknowledgmentCode.AR,
                    ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                    "MSH-4 sending facility not accepted here",
                    adt);
        }
        if (!AdtMessage.SUPPORTED_EVENTS.contains(adt.event())) {
            return refused(
                    message,
                    AcknowledgmentCode.AE,
                    ErrorCode.UNSUPPORTED_EVENT_CODE,
                    "unsupported event (CareCoord takes ADT^A01, A03 and A04)",
                    adt);
        }
        AdtEvents.Applied applied;
        try {
            applied = events.apply(adt);
        } catch (AdtNotApplicableException notApplicable) {
            return refused(message, AcknowledgmentCode.AE, notApplicable.errorCode(), notApplicable.getMessage(), adt);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            applied = null; // the same message, applied by a concurrent connection
        } catch (RuntimeException failed) {
            log.warn(
                    "ADT^{} {} from {}: not applied, internal error ({})",
                    adt.event(),
                    adt.controlId(),
                    adt.sendingFacility(),
                    failed.getClass().getName());
            return codec.refuse(
                    message,
                    AcknowledgmentCode.AE,
                    ErrorCode.APPLICATION_INTERNAL_ERROR,
                    "internal error: the message was not applied; send it again later");
        }
        if (applied == null || applied.alreadyApplied()) {
            log.info("ADT^{} {} from {}: applied before (AA)", adt.event(), adt.controlId(), adt.sendingFacility());
        } else {
            audit.record(new AuditRecord(
                    ACTOR,
                    applied.caseId(),
                    null,
                    AuditRecord.CASE_CHANGE,
                    "MLLP ADT^" + adt.event(),
                    ACTOR,
                    true,
                    clientAddress,
                    null));
            log.info("ADT^{} {} from {}: applied (AA)", adt.event(), adt.controlId(), adt.sendingFacility());
        }
        return codec.accept(message);
    }

    private String refused(Message message, AcknowledgmentCode code, ErrorCode error, String reason, AdtMessage adt)
            throws HL7Exception, IOException {
        if (adt == null) {
            log.info("HL7 message refused ({}): {}", code, reason);
        } else {
            log.info(
                    "{}^{} {} from {} refused ({}): {}",
                    adt.messageType(),
                    adt.event(),
                    adt.controlId(),
                    adt.sendingFacility(),
                    code,
                    reason);
        }
        return codec.refuse(message, code, error, reason);
    }
}
