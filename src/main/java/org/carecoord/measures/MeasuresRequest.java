package org.carecoord.measures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.carecoord.web.ApiExceptionHandler.FieldError;

/** The parameters of {@code GET /api/measures}: a month range (at most 36 months), a program, a coordinator. */
record MeasuresRequest(YearMonth from, YearMonth to, String program, String coordinator) {

    static final int MAX_MONTHS = 36;
    /** The intake's programs (IntakeRequest accepts these). */
    static final List<String> PROGRAMS =
            List.of("chronic-care", "transitional-care", "behavioral-health", "community-support");

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** Thrown with every invalid parameter; answered 400 naming each. */
    static final class Invalid extends RuntimeException {
        final List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super("invalid measures request", null, false, false);
            this.errors = errors;
        }
    }

    /** Missing months default to the twelve months up to {@code current}. */
    static MeasuresRequest parse(String from, String to, String program, String coordinator, YearMonth current) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth fromMonth = blank(from) ? null : month("from", from, errors);
        YearMonth toMonth = blank(to) ? null : month("to", to, errors);
        if (blank(to)) {
            toMonth = fromMonth != null ? fromMonth.plusMonths(11) : current;
        }
        if (blank(from) && toMonth != null) {
            fromMonth = toMonth.minusMonths(11);
        }
        if (fromMonth != null && toMonth != null) {
            if (fromMonth.isAfter(toMonth)) {
                errors.add(new FieldError("from", "must not be after to"));
            } else if (ChronoUnit.MONTHS.between(fromMonth, toMonth) + 1 > MAX_MONTHS) {
                errors.add(new FieldError("to", "must be at most " + MAX_MONTHS + " months from from"));
            }
        }
        if (!blank(program) && !PROGRAMS.contains(program.strip())) {
            errors.add(new FieldError("program", "must be one of " + String.join(", ", PROGRAMS)));
        }
        if (!blank(coordinator) && !USER_ID.matcher(coordinator.strip()).matches()) {
            errors.add(new FieldError("coordinator", "must be a user id (letters, digits, . _ @ -, at most 64)"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new MeasuresRequest(
                fromMonth,
                toMonth,
                blank(program) ? null : program.strip(),
                blank(coordinator) ? null : coordinator.strip());
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static YearMonth month(String field, String value, List<FieldError> errors) {
        String text = value.strip();
        if (MONTH.matcher(text).matches()) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        errors.add(new FieldError(field, "must be a month as YYYY-MM"));
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
