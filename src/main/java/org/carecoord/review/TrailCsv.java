package org.carecoord.review;

import java.time.Instant;
import java.util.List;

import org.carecoord.web.CsvLines;

/**
 * A trail as CSV (RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break).
 * A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is
 * neutralised with a leading apostrophe, so an exported trail cannot run anything on the reviewer's machine.
 */
final class TrailCsv {

    static final List<String> HEADER =
            List.of("time", "end", "source", "kind", "process", "processInstanceId", "what", "who", "detail");

    private TrailCsv() {}

    static String of(List<TrailRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (TrailRow row : rows) {
            line(
                    csv,
                    List.of(
                            time(row.time()),
                            time(row.end()),
                            text(row.source()),
                            text(row.kind()),
                            text(row.process()),
                            text(row.processInstanceId()),
                            text(row.what()),
                            text(row.who()),
                            text(row.detail())));
        }
        return csv.toString();
    }

    static String cell(String value) {
        return CsvLines.cell(value);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        CsvLines.line(csv, cells);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
