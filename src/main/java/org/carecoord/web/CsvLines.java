package org.carecoord.web;

import java.util.List;

/**
 * CSV as the downloads write it (RFC 4180, CRLF): a cell a spreadsheet would take for a formula gets an apostrophe
 * in front, so a name or note opened in Excel never runs as one.
 */
public final class CsvLines {

    private CsvLines() {}

    public static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    public static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
