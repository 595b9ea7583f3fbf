package org.carecoord.hl7;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;
import org.carecoord.transitionalcare.HospitalDischargeReport;

/**
 * What CareCoord reads of an ADT message parsed by HAPI (v2.5.1 structures, whatever version 2.3–2.5.1 was sent):
 * MSH-4 sending facility, MSH-9 type and event, MSH-10 control id; PID-3 identifiers of type MR, PID-5 family and
 * given name, PID-7 birth date; PV1-3.4 (else PV1-39, else MSH-4) facility, PV1-36 disposition, PV1-44 admit and
 * PV1-45 discharge date.
 */
record AdtMessage(
        String messageType,
        String event,
        String controlId,
        String sendingFacility,
        List<String> mrns,
        String familyName,
        String givenName,
        LocalDate birthDate,
        String facility,
        LocalDate admittedOn,
        LocalDate dischargedOn,
        String dispositionCode) {

    static final String IDENTIFIER_TYPE_MRN = "MR";

    /** The sending facility and control id identify a message (hl7_adt_message's unique key). */
    static final int MAX_KEY_LENGTH = 100;

    static final Set<String> SUPPORTED_EVENTS = Set.of(AdtFeed.ADMISSION, AdtFeed.REGISTRATION, AdtFeed.DISCHARGE);

    private static final Set<String> DISPOSITIONS =
            Set.of("home", "home-health", "skilled-nursing", "rehabilitation", "hospice", "other");

    /** @throws MalformedAdtException a header field is missing or a date is not a date */
    static AdtMessage of(Message message) throws HL7Exception {
        Terser terser = new Terser(message);
        Segment msh = terser.getSegment("/MSH");
        String sendingFacility = firstNonBlank(Terser.get(msh, 4, 0, 1, 1), Terser.get(msh, 4, 0, 2, 1));
        String controlId = blankToNull(Terser.get(msh, 10, 0, 1, 1));
        if (sendingFacility == null) {
            throw new MalformedAdtException(ErrorCode.REQUIRED_FIELD_MISSING, "MSH-4 (sending facility) is missing");
        }
        if (controlId == null) {
            throw new MalformedAdtException(ErrorCode.REQUIRED_FIELD_MISSING, "MSH-10 (message control id) is missing");
        }
        if (sendingFacility.length() > MAX_KEY_LENGTH || controlId.length() > MAX_KEY_LENGTH) {
            throw new MalformedAdtException(
                    ErrorCode.DATA_TYPE_ERROR, "MSH-4 or MSH-10 is longer than " + MAX_KEY_LENGTH + " characters");
        }
        String type = blankToNull(Terser.get(msh, 9, 0, 1, 1));
        String event = blankToNull(Terser.get(msh, 9, 0, 2, 1));
        if (!"ADT".equals(type) || !SUPPORTED_EVENTS.contains(event)) {
            // answered AR or AE from the header alone: the body may not even be an ADT structure HAPI knows
            return new AdtMessage(
                    type, event, controlId, sendingFacility, List.of(), null, null, null, null, null, null, null);
        }
        Segment pid = terser.getSegment("/.PID");
        List<String> mrns = new ArrayList<>();
        for (int rep = 0; rep < pid.getField(3).length; rep++) {
            String id = blankToNull(Terser.get(pid, 3, rep, 1, 1));
            if (id != null && IDENTIFIER_TYPE_MRN.equalsIgnoreCase(Terser.get(pid, 3, rep, 5, 1))) {
                mrns.add(id);
            }
        }
        Segment pv1 = terser.getSegment("/.PV1");
        return new AdtMessage(
                type,
                event,
                controlId,
                sendingFacility,
                List.copyOf(mrns),
                blankToNull(Terser.get(pid, 5, 0, 1, 1)),
                blankToNull(Terser.get(pid, 5, 0, 2, 1)),
                date(Terser.get(pid, 7, 0, 1, 1), "PID-7"),
                firstNonBlank(Terser.get(pv1, 3, 0, 4, 1), Terser.get(pv1, 39, 0, 1, 1), sendingFacility),
                date(Terser.get(pv1, 44, 0, 1, 1), "PV1-44"),
                date(Terser.get(pv1, 45, 0, 1, 1), "PV1-45"),
                blankToNull(Terser.get(pv1, 36, 0, 1, 1)));
    }

    /** The discharge as {@code POST /api/cases/{caseId}/events/hospital-discharge} takes it. */
    HospitalDischargeReport dischargeReport() {
        return new HospitalDischargeReport(facility, admittedOn, dischargedOn, disposition(dispositionCode));
    }

    /**
     * PV1-36 (HL7 table 0112, the UB-04 patient status codes) as CareCoord's disposition: 01 home, 06 home health,
     * 03/61/64 skilled nursing, 62 rehabilitation, 50/51 hospice, CareCoord's own words as they are, anything else
     * (or nothing) other.
     */
    static String disposition(String code) {
        if (code == null) {
            return "other";
        }
        String trimmed = code.trim();
        if (DISPOSITIONS.contains(trimmed)) {
            return trimmed;
        }
        return switch (trimmed) {
            case "01", "1" -> "home";
            case "06", "6" -> "home-health";
            case "03", "3", "61", "64" -> "skilled-nursing";
            case "62" -> "rehabilitation";
            case "50", "51" -> "hospice";
            default -> "other";
        };
    }

    /** The date part (YYYYMMDD) of an HL7 DT/TS value, as the hospital wrote it; null when empty. */
    static LocalDate date(String value, String field) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.length() < 8) {
            throw new MalformedAdtException(ErrorCode.DATA_TYPE_ERROR, field + " is not a date (YYYYMMDD)");
        }
        try {
            return LocalDate.parse(text.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException notADate) {
            throw new MalformedAdtException(ErrorCode.DATA_TYPE_ERROR, field + " is not a date (YYYYMMDD)");
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) {
                return value.trim();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
