package org.carecoord.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.carecoord.web.ApiExceptionHandler.FieldError;

/**
 * What a reviewer asks of {@code GET /api/episodes}, validated: a period on the episode's start (ISO dates, both
 * ends inclusive, in the business calendar's zone), a status, program, coordinator and discharge reason, the start of
 * a case number (CC-2026-0001 finds CC-2026-000123 too), and a page.
 */
record EpisodeFilter(
        Instant from,
        Instant toExclusive,
        List<String> caseStatuses,
        String program,
        String coordinator,
        String reason,
        String caseNumber,
        int page,
        int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    /** status=running|closed, or one case status (FHIR EpisodeOfCare). */
    static final Map<String, List<String>> STATUSES = Map.of(
            "running", List.of("planned", "active"),
            "closed", List.of("finished", "cancelled"),
            "planned", List.of("planned"),
            "active", List.of("active"),
            "finished", List.of("finished"),
            "cancelled", List.of("cancelled"));

    static final List<String> PROGRAMS =
            List.of("chronic-care", "transitional-care", "behavioral-health", "community-support");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** Thrown with every invalid parameter; answered 400 naming each. */
    static final class Invalid extends RuntimeException {
        final List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super("invalid episode filter", null, false, false);
            this.errors = errors;
        }
    }

    static EpisodeFilter parse(
            String from,
            String to,
            String status,
            String program,
            String coordinator,
            String reason,
            String caseNumber,
            String page,
            String size,
            ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        List<String> statuses = blank(status) ? List.of() : STATUSES.get(status.strip());
        if (statuses == null) {
            errors.add(
                    new FieldError("status", "must be one of running, closed, planned, active, finished, cancelled"));
        }
        if (!blank(program) && !PROGRAMS.contains(program.strip())) {
            errors.add(new FieldError("program", "must be one of " + String.join(", ", PROGRAMS)));
        }
        if (!blank(coordinator) && !USER_ID.matcher(coordinator.strip()).matches()) {
            errors.add(new FieldError("coordinator", "must be a user id (letters, digits, . _ @ -, at most 64)"));
        }
        if (!blank(reason) && !CODE.matcher(reason.strip()).matches()) {
            errors.add(new FieldError("reason", "must be a reason code such as goals-met or patient-declined"));
        }
        if (!blank(caseNumber) && !CASE_NUMBER.matcher(caseNumber.strip()).matches()) {
            errors.add(new FieldError("caseNumber", "must be (the start of) a case number such as CC-2026-000123"));
        }
        int pageNumber = number("page", page, 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new EpisodeFilter(
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant(),
                statuses,
                trimmed(program),
                trimmed(coordinator),
                trimmed(reason),
                blank(caseNumber) ? null : caseNumber.strip().toUpperCase(Locale.ROOT),
                pageNumber,
                pageSize);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO date (yyyy-mm-dd)"));
            return null;
        }
    }

    private static int number(String field, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(
                field,
                max == Integer.MAX_VALUE
                        ? "must be a whole number from " + min
                        : "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }
}
