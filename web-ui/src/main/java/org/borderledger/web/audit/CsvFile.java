package org.borderledger.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A CSV file the auditor saves: UTF-8, announced as an attachment, and opened by a byte order mark,
 * without which spreadsheet programs read the file in the machine's legacy code page and Cyrillic
 * names and reasons come out garbled.
 */
public final class CsvFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFile() {
    }

    /** Starts the response as the file {@code fileName}; the rows go to the writer returned. */
    public static PrintWriter start(HttpServletResponse response, String fileName) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        PrintWriter writer = response.getWriter();
        writer.write(BYTE_ORDER_MARK);
        return writer;
    }
}
