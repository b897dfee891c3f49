package org.borderledger.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the list files: comma-separated, fields optionally in double quotes,
 * where a quoted field may hold commas, line breaks and doubled quotes ({@code ""}). Blank lines
 * (also whitespace-only ones) are skipped and a leading byte-order mark is ignored. Anything else irregular (an unterminated
 * quote, a quote inside an unquoted field, text after a closing quote) is refused with the line
 * number, because a silently misread list would screen against the wrong data.
 */
public final class CsvRows {

    /** One record with the physical line it starts on (1-based). */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        public int size() {
            return fields.size();
        }

        public String get(int index) {
            return fields.get(index);
        }
    }

    private CsvRows() {
    }

    public static List<Row> parse(String text, String fileName) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;      // the current field was quoted
        boolean afterQuote = false;  // the closing quote of the current field has been read
        int line = 1;
        int rowLine = 1;
        int quoteLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    // a CRLF inside a quoted field is kept as one line break, LF
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, fields, field, quoted, rowLine);
                quoted = false;
                afterQuote = false;
                line++;
                rowLine = line;
            } else if (c == '"') {
                if (field.length() > 0 || quoted) {
                    throw ScreeningListException.at(fileName, line,
                            "unexpected '\"' in field " + (fields.size() + 1) + "; quote the whole field and double inner quotes");
                }
                inQuotes = true;
                quoted = true;
                quoteLine = line;
            } else {
                if (afterQuote) {
                    throw ScreeningListException.at(fileName, line,
                            "text after the closing quote of field " + (fields.size() + 1));
                }
                field.append(c);
            }
        }
        if (inQuotes) {
            throw ScreeningListException.at(fileName, quoteLine, "quoted field is never closed");
        }
        endRow(rows, fields, field, quoted, rowLine);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, boolean quoted, int rowLine) {
        boolean blank = fields.isEmpty() && !quoted && field.toString().isBlank();
        if (!blank) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, fields));
        }
        fields.clear();
        field.setLength(0);
    }
}
