package org.carecoord.appointment;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A time of day typed into a form: 24-hour "14:30" or 12-hour "2:30 PM" (the outreach contact's pattern). */
final class AppointmentTimes {

    static final String PATTERN = "^(([01]?[0-9]|2[0-3]):[0-5][0-9]|(0?[1-9]|1[0-2]):[0-5][0-9] ?[AaPp][Mm])$";

    private static final DateTimeFormatter TWELVE_HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private AppointmentTimes() {}

    /** The time, or null when blank or not a time. */
    static LocalTime parse(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.trim().toUpperCase(Locale.ROOT);
        if (!value.matches(PATTERN)) {
            return null;
        }
        try {
            if (value.endsWith("M")) {
                return LocalTime.parse(value.replaceAll("\\s*([AP]M)$", " $1"), TWELVE_HOUR);
            }
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
