package org.borderledger.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.borderledger.audit.api.AuditTrailExport;
import org.borderledger.audit.api.StoredEvent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** Sends stored events as a file to save, in CSV or JSON, for the history and the event log alike. */
@Component
class AuditDownload {

    private final AuditTrailExport export;

    AuditDownload(AuditTrailExport export) {
        this.export = export;
    }

    void send(List<StoredEvent> events, String format, String baseName, HttpServletResponse response) throws IOException {
        if ("csv".equals(format)) {
            export.writeCsv(events, CsvFile.start(response, baseName + ".csv"));
            return;
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(baseName + ".json").build().toString());
        export.writeJson(events, response.getWriter());
    }
}
