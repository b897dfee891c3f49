package org.borderledger.detail;

import java.util.Optional;
import org.borderledger.detail.api.ConsignmentDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes and reads the rows of {@code consignment_detail}. */
@Component
class DetailRows {

    private final JdbcTemplate jdbc;
    private final JsonDocuments json;

    DetailRows(JdbcTemplate jdbc, JsonDocuments json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ConsignmentDetail> find(String consignmentId) {
        return jdbc.query("SELECT document::text FROM consignment_detail WHERE consignment_id = ?",
                (row, rowNumber) -> json.detail(row.getString(1)), consignmentId).stream().findFirst();
    }

    /** Stores the detail unless the row already holds this version or a later one. */
    void save(ConsignmentDetail detail) {
        jdbc.update("""
                INSERT INTO consignment_detail (consignment_id, version, document) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (consignment_id) DO UPDATE SET version = excluded.version, document = excluded.document
                WHERE consignment_detail.version < excluded.version""",
                detail.consignmentId(), detail.version(), json.write(detail));
    }

    void truncate() {
        jdbc.execute("TRUNCATE consignment_detail");
    }
}
