package org.carecoord.variables;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;

/**
 * Dates typed into forms. CareCoord's forms take dates as text, MM/DD/YYYY (the date picker bundled with Tasklist
 * 7.24 stores a typed date a day early west of UTC); the REST API and tests may send yyyy-MM-dd.
 */
public final class FormDates {

    /** The pattern of a date field, for the forms' validation: MM/DD/YYYY or yyyy-MM-dd. */
    public static final String PATTERN = "^((0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/(19|20)[0-9]{2}"
            + "|(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))$";

    private static final DateTimeFormatter TYPED =
            DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FormDates() {}

    /** The date of a form or REST variable (text or java.util.Date), or null when blank or not a date. */
    public static LocalDate parse(Object variable) {
        if (variable instanceof Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        if (variable == null || variable.toString().isBlank()) {
            return null;
        }
        String value = variable.toString().trim();
        try {
            return value.contains("/")
                    ? LocalDate.parse(value, TYPED)
                    : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
