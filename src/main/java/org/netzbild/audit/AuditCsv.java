package org.netzbild.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Audit entries as CSV for a spreadsheet, in the dialect German Excel opens with a double click:
 * UTF-8 with a byte order mark (without it Excel reads the file as Windows-1252 and garbles
 * umlauts), semicolons between cells (the list separator of a German Windows, where the comma is
 * the decimal sign), CRLF line ends, and cells quoted per RFC 4180 where they hold a semicolon, a
 * quote or a line break. A cell that begins with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula
 * (OWASP "CSV injection"): a search text is whatever an analyst typed.
 */
public final class AuditCsv {

    /** The column names, in the order of the cells. */
    public static final List<String> COLUMNS = List.of("seq", "time", "user", "agency", "case", "purpose",
            "operation", "action", "criteria", "outcome", "count", "ids", "idsDigest");

    static final char BOM = '\uFEFF';
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";

    private final Writer out;
    private final DateTimeFormatter time;

    /** Writes to {@code out}, times in ISO form in {@code zone} (with the offset, so no hour is ambiguous). */
    public AuditCsv(Writer out, ZoneId zone) {
        this.out = out;
        this.time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    }

    /** The byte order mark and the header line. */
    public void header() throws IOException {
        out.write(BOM);
        row(COLUMNS);
    }

    public void entry(AuditEntry e) throws IOException {
        row(List.of(Long.toString(e.seq()), time.format(e.time()), e.user(), e.agency(), e.caseReference(), e.purpose(),
                e.operation().name(), e.action(), e.criteria(), e.outcome().name(), Long.toString(e.count()),
                String.join(" ", e.ids()), e.idsDigest()));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LINE_END);
    }

    /** One cell: defused against formulas, then quoted where the dialect needs it. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
