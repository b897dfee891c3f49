package org.borderledger.screening;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV list file read with Apache Commons CSV (RFC 4180, blank lines skipped), each record with the line it starts on. */
final class CsvListFile {

    /** One record and the physical line (1-based) it starts on. */
    record Row(long line, List<String> fields) {

        int size() {
            return fields.size();
        }

        String get(int column) {
            return fields.get(column);
        }
    }

    private CsvListFile() {
    }

    /**
     * Every record of the text. A syntax error (a quote never closed, text after a closing quote)
     * is reported with its line and ends the reading: nothing after it can be trusted.
     */
    static List<Row> rows(String file, String text, ImportProblems problems) {
        LineStarts lines = new LineStarts(text);
        List<Row> rows = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = CSVFormat.DEFAULT.parse(new StringReader(text));
            for (CSVRecord record : parser) {
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
            problems.add(file, line, "is not well-formed CSV from here on: " + cause.getMessage()
                    + "; quote a field that holds a comma, quote or line break, and double a quote inside it");
        }
        return rows;
    }

    /**
     * The rows with {@code columns} fields, the others reported. When the first row already has
     * another width the file is not the one it claims to be: that is reported once, for the file.
     */
    static List<Row> withColumns(String file, List<Row> rows, List<String> columns, ImportProblems problems) {
        String expected = columns.size() + " fields (" + String.join(", ", columns) + ")";
        if (!rows.isEmpty() && rows.get(0).size() != columns.size()) {
            problems.file(file, "is not " + file + " as published: line " + rows.get(0).line() + " has "
                    + rows.get(0).size() + " fields, " + file + " has " + expected);
            return List.of();
        }
        List<Row> kept = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (row.size() == columns.size()) {
                kept.add(row);
            } else {
                problems.add(file, row.line(), "has " + row.size() + " fields; expected " + expected);
            }
        }
        return kept;
    }

    /** Offsets at which lines start, to turn a record's character position into its line. */
    private static final class LineStarts {

        private final long[] starts;
        private final String text;

        LineStarts(String text) {
            this.text = text;
            long[] found = new long[64];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(found, count);
        }

        /** The parser gives the position before any blank lines it skipped: step over them first. */
        long lineAt(long position) {
            long at = position;
            while (at < text.length() && (text.charAt((int) at) == '\n' || text.charAt((int) at) == '\r')) {
                at++;
            }
            int index = Arrays.binarySearch(starts, at);
            return (index >= 0 ? index : -index - 2) + 1L;
        }
    }
}
