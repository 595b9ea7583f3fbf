package org.carecoord.measures;

import java.util.List;

import org.carecoord.web.CsvLines;

/**
 * The measures as CSV (RFC 4180): a header row, then one row per month × figure, CRLF line ends, cells quoted when
 * they hold a comma, quote or line break, and a cell a spreadsheet would read as a formula prefixed with an apostrophe.
 */
final class MeasuresCsv {

    static final List<String> HEADER =
            List.of("month", "group", "measure", "breakdown", "numerator", "denominator", "value");

    private MeasuresCsv() {}

    static String of(Measures measures) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (Measures.Month month : measures.months()) {
            for (Measures.Figure f : month.figures()) {
                line(
                        csv,
                        List.of(
                                month.month(),
                                f.group(),
                                f.measure(),
                                text(f.breakdown()),
                                text(f.numerator()),
                                text(f.denominator()),
                                f.value() == null ? "" : f.value().toPlainString()));
            }
        }
        return csv.toString();
    }

    static String cell(String value) {
        return CsvLines.cell(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        CsvLines.line(csv, cells);
    }
}
