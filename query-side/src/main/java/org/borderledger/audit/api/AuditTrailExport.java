package org.borderledger.audit.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes stored events (a consignment's history or a page of the event log) for an auditor to take
 * away: CSV with RFC 4180 quoting, one row per event, and JSON with the payload and metadata kept as
 * JSON rather than as strings. Both have the same fields in the same order. It lives beside the
 * messages so that the console may use it without reaching into the query handlers.
 */
@Component
public class AuditTrailExport {

    private static final List<String> FIELDS = List.of("globalIndex", "consignmentId", "sequenceNumber", "eventType",
            "revision", "eventId", "occurredAt", "userId", "role", "borderPost", "correlationId", "payload", "metadata");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(FIELDS.toArray(String[]::new)).get();

    private final ObjectMapper json = new ObjectMapper();

    /** CSV cells: the payload indented as the auditor reads it, the metadata as one JSON object. */
    public void writeCsv(List<StoredEvent> events, Writer out) throws IOException {
        CsvRows rows = csvRows(out);
        rows.write(events);
        rows.flush();
    }

    /** The header now, the rows as they come: for a log too long to hold in memory at once. */
    public CsvRows csvRows(Writer out) throws IOException {
        return new CsvRows(new CSVPrinter(out, CSV));
    }

    /** Rows under one header, written page by page. */
    public final class CsvRows {

        private final CSVPrinter printer;

        private CsvRows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void write(List<StoredEvent> events) throws IOException {
            for (StoredEvent event : events) {
                printer.printRecord(values(event, event.payload(), json.writeValueAsString(event.metadata())));
            }
        }

        public void flush() throws IOException {
            printer.flush();
        }
    }

    public void writeJson(List<StoredEvent> events, Writer out) throws IOException {
        ArrayNode array = json.createArrayNode();
        for (StoredEvent event : events) {
            ObjectNode node = array.addObject();
            List<Object> values = values(event, json.readTree(event.payload()), event.metadata());
            for (int i = 0; i < FIELDS.size(); i++) {
                node.set(FIELDS.get(i), json.valueToTree(values.get(i)));
            }
        }
        // The caller owns the writer (e.g. an HTTP response) and closes it.
        json.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, array);
    }

    /** The fields of one event in the order of {@link #FIELDS}, with payload and metadata as each format wants them. */
    private static List<Object> values(StoredEvent event, Object payload, Object metadata) {
        boolean byPerson = event.actor() != null;
        return Arrays.asList(event.globalIndex(), event.consignmentId(), event.sequenceNumber(), event.eventType(),
                event.revision(), event.eventId(), event.occurredAt().toString(),
                byPerson ? event.actor().userId() : null, byPerson ? event.actor().role().name() : null,
                byPerson ? event.actor().borderPost() : null, event.correlationId(), payload, metadata);
    }
}
