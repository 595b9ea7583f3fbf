package org.carecoord.logging;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A stack trace printed into a log message (Throwable#printStackTrace): kept as types and frames only. */
final class PrintedStackTrace {

    private static final Pattern FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ (more|common frames omitted)).*");
    private static final Pattern HEADER =
            Pattern.compile("^(\\s*(?:Caused by|Suppressed): )?([\\w$]+(?:\\.[\\w$]+)+)(:.*)?$");

    private PrintedStackTrace() {}

    static boolean in(String text) {
        return text != null && text.contains("\n\tat ");
    }

    /** The text with every exception's message removed, if it is (or contains) a printed stack trace. */
    static String withhold(String text) {
        if (!in(text)) {
            return text;
        }
        return text.lines()
                .map(PrintedStackTrace::line)
                .filter(line -> line != null)
                .collect(Collectors.joining("\n"));
    }

    private static String line(String line) {
        if (FRAME.matcher(line).matches()) {
            return line;
        }
        var header = HEADER.matcher(line);
        if (header.matches()) {
            return (header.group(1) == null ? "" : header.group(1))
                    + header.group(2)
                    + (header.group(3) == null ? "" : " " + WithheldExceptionText.WITHHELD);
        }
        return null; // a message's further lines, e.g. PostgreSQL's "Detail: Failing row contains (…)"
    }
}
