package org.borderledger.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.AuditTrailExport;
import org.borderledger.audit.api.EventLogPage;
import org.borderledger.audit.api.FetchEventsAfterQuery;
import org.borderledger.audit.api.SearchEventLogQuery;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.audit.CsvFile;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The global event log as a file for an auditor's tools, with the console's filters: NDJSON (one
 * {@link ApiEvent} a line) or CSV (the console's columns, with a byte order mark). It is written while
 * it is read, a page of {@value SearchEventLogQuery#MAX_LIMIT} events at a time after the last global
 * index written, so a million events never sit in memory together (docs/performance.md).
 */
@RestController
@Tag(name = "Audit trail")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class EventLogApiController {

    static final String NDJSON = "application/x-ndjson";
    private static final String NDJSON_EXAMPLE = """
            {"globalIndex":1,"consignmentId":"c0a8…","sequenceNumber":0,"type":"ConsignmentDeclaredEvent",\
            "revision":null,"eventId":"5f1e…","timestamp":"2026-11-23T08:00:00.123Z","actor":{"userId":"o.aliyev",\
            "role":"OFFICER","borderPost":"Kurmangazy"},"correlationId":"…","hash":"9b2c…","previousHash":"000…",\
            "payload":{"consignmentId":"c0a8…"},"metadata":{"userId":"o.aliyev"}}
            """;

    private final QueryGateway queries;
    private final AccessRecorder access;
    private final AuditTrailExport export;
    private final ObjectMapper json;

    EventLogApiController(QueryGateway queries, AccessRecorder access, AuditTrailExport export, ApiJson json) {
        this.queries = queries;
        this.access = access;
        this.export = export;
        this.json = json.mapper();
    }

    /** The event log's filters as the console names them; instants in ISO-8601 with their offset. */
    record EventLogExport(@Parameter(description = "User id of the actor, any case") String user,
                          @Parameter(description = "Event type, simple name", example = "HoldPlacedEvent") String type,
                          @Parameter(description = "Consignment id") String consignment,
                          @Parameter(description = "From this instant (inclusive), ISO-8601") String from,
                          @Parameter(description = "Until this instant (exclusive), ISO-8601") String to,
                          @Parameter(description = "ndjson (the default) or csv",
                                  schema = @Schema(allowableValues = {"ndjson", "csv"})) String format) {

        /** The first page's query; throws {@link InvalidParameter} for a value the log cannot be searched with. */
        SearchEventLogQuery search() {
            try {
                return new SearchEventLogQuery(user, type, consignment, InvalidParameter.instant("from", from),
                        InvalidParameter.instant("to", to), 0, SearchEventLogQuery.MAX_LIMIT);
            } catch (IllegalArgumentException refused) {
                throw InvalidParameter.of(refused);
            }
        }

        boolean csv() {
            if (format == null || format.isBlank() || format.strip().equals("ndjson")) {
                return false;
            }
            if (format.strip().equals("csv")) {
                return true;
            }
            throw new InvalidParameter("format", "'" + format + "' is not ndjson or csv");
        }
    }

    @GetMapping("/api/audit/events")
    @Operation(summary = "Export the event log",
            description = "Every stored event that the filters select, in store order, streamed as it is read: NDJSON "
                    + "(one event a line, the shape of the feed's events) or CSV (UTF-8 with a byte order mark, RFC 4180 "
                    + "quoting; payload and metadata as JSON in their cells). The export is recorded in the access log.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment (event-log.ndjson or event-log.csv)",
            content = {@Content(mediaType = NDJSON, schema = @Schema(implementation = ApiEvent.class),
                    examples = @ExampleObject(value = NDJSON_EXAMPLE)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"), examples = @ExampleObject(value =
                            "globalIndex,consignmentId,sequenceNumber,eventType,revision,eventId,occurredAt,userId,role,"
                                    + "borderPost,correlationId,payload,metadata\r\n"))})
    void export(@ModelAttribute EventLogExport filter, @AuthenticationPrincipal SignedInUser user,
                HttpServletResponse response) throws IOException {
        SearchEventLogQuery search = filter.search();
        boolean csv = filter.csv();
        long written;
        if (csv) {
            AuditTrailExport.CsvRows rows = export.csvRows(CsvFile.start(response, "event-log.csv"));
            written = walk(search, page -> rows.write(page.events()));
            rows.flush();
        } else {
            written = writeNdjson(search, response);
        }
        access.exported(user, "event-log." + (csv ? "csv" : "ndjson"), filter, (int) Math.min(written, Integer.MAX_VALUE));
    }

    private long writeNdjson(SearchEventLogQuery search, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(NDJSON);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("event-log.ndjson").build().toString());
        Writer out = response.getWriter();
        // One JSON value a line, each written on its own: the application's mapper bounds the length of one
        // written value (a message: StoredJsonLimits), not of the file. Tomcat's buffer sends the bytes as it fills.
        long written = walk(search, page -> {
            for (StoredEvent event : page.events()) {
                out.write(json.writeValueAsString(ApiEvent.of(event, json)));
                out.write('\n');
            }
        });
        out.flush();
        return written;
    }

    /** What is done with each page as it arrives. */
    @FunctionalInterface
    private interface PageWriter {
        void write(EventLogPage page) throws IOException;
    }

    /** Hands each page after the last global index written to {@code writer}; the number of events in all. */
    private long walk(SearchEventLogQuery search, PageWriter writer) throws IOException {
        long after = 0;
        long written = 0;
        EventLogPage page;
        do {
            page = queries.query(new FetchEventsAfterQuery(search, after), EventLogPage.class).join();
            writer.write(page);
            written += page.events().size();
            if (!page.events().isEmpty()) {
                after = page.events().get(page.events().size() - 1).globalIndex();
            }
        } while (page.hasMore());
        return written;
    }
}
