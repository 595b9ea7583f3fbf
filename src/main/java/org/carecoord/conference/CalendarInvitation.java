package org.carecoord.conference;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545/5546) METHOD:REQUEST for one attendee: UID stable per conference, SEQUENCE raised when
 * the time changes, times in UTC. Minimum necessary: the summary names the case number, never the patient.
 */
final class CalendarInvitation {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    static final String FILE_NAME = "invite.ics";
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarInvitation() {}

    /** The conference's UID, the same in every invitation and update of it. */
    static String uid(long conferenceId) {
        return "case-conference-" + conferenceId + "@carecoord";
    }

    static String of(
            long conferenceId,
            int sequence,
            Instant start,
            int minutes,
            String place,
            String caseNumber,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail,
            Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//CareCoord//Case conference//EN");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:REQUEST");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid(conferenceId));
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(start.plusSeconds(60L * minutes)));
        line(ics, "SUMMARY:" + text("Case conference " + caseNumber));
        line(ics, "LOCATION:" + text(place));
        line(ics, "ORGANIZER:mailto:" + organizerEmail);
        line(
                ics,
                "ATTENDEE;CN=" + param(attendeeName) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
                        + attendeeEmail);
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value cannot hold. */
    private static String param(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Lines end with CRLF and are folded at 75 octets (here: characters, a safe approximation for ASCII). */
    private static void line(StringBuilder ics, String content) {
        int limit = 75;
        String rest = content;
        while (rest.length() > limit) {
            ics.append(rest, 0, limit).append("\r\n ");
            rest = rest.substring(limit);
            limit = 74;
        }
        ics.append(rest).append("\r\n");
    }
}
