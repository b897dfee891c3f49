package org.borderledger.access.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes access-log entries as CSV (RFC 4180) for an auditor to take away: one row per access, the
 * criteria as one JSON object. Beside the messages, like the event log's export, so that the console
 * may use it without reaching into the query handlers.
 */
@Component
public class AccessLogExport {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader("at", "userId", "role", "borderPost",
            "action", "consignmentId", "exportKind", "criteria", "path", "resultCount").get();

    private final ObjectMapper json = new ObjectMapper();

    public void writeCsv(List<AccessEntry> entries, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSV);
        for (AccessEntry entry : entries) {
            printer.printRecord(entry.at().toString(), entry.actor().userId(), entry.actor().role().name(),
                    entry.actor().borderPost(), entry.action().name(), entry.consignmentId(), entry.exportKind(),
                    entry.criteria().isEmpty() ? null : json.writeValueAsString(new TreeMap<>(entry.criteria())),
                    entry.path(), entry.resultCount());
        }
        printer.flush();
    }
}
