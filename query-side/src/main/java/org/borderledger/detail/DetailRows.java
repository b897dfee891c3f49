package org.borderledger.detail;

import java.util.List;
import java.util.Optional;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.projection.FoldedRows;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes and reads the rows of {@code consignment_detail}: each a document folded by {@link ConsignmentDetailFold}. */
@Component
public class DetailRows extends FoldedRows<ConsignmentDetail> {

    /**
     * A detail with an open possible re-export, written exactly as its expression index is, so that every
     * query that asks it (the supervisors' list, the dashboard's count) reads the index.
     */
    public static final String WITH_OPEN_REEXPORT =
            "jsonb_path_exists(document, '$.reexports[*] ? (@.decision == null || !(exists(@.decision)))')";

    private final JdbcTemplate jdbc;
    private final JsonDocuments json;

    DetailRows(JdbcTemplate jdbc, JsonDocuments json, ProjectionWrites writes) {
        super(writes.writer(ConsignmentDetailProjection.PROCESSING_GROUP), ConsignmentDetail::consignmentId,
                ConsignmentDetail::version, ConsignmentDetailFold::apply);
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ConsignmentDetail> find(String consignmentId) {
        return jdbc.query("SELECT document::text FROM consignment_detail WHERE consignment_id = ?",
                (row, rowNumber) -> json.detail(row.getString(1)), consignmentId).stream().findFirst();
    }

    @Override
    protected List<ConsignmentDetail> read(List<String> consignmentIds) {
        return jdbc.query("SELECT document::text FROM consignment_detail WHERE consignment_id = ANY (?)",
                (row, rowNumber) -> json.detail(row.getString(1)), (Object) consignmentIds.toArray(String[]::new));
    }

    /** Stores the detail when the batch commits, unless the row already holds this version or a later one. */
    @Override
    protected void save(ConsignmentDetail detail) {
        writer.executeLast("""
                INSERT INTO consignment_detail (consignment_id, version, document) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (consignment_id) DO UPDATE SET version = excluded.version, document = excluded.document
                WHERE consignment_detail.version < excluded.version""",
                () -> new Object[] {detail.consignmentId(), detail.version(), json.write(detail)});
    }

    /** The details with an open possible re-export at one of {@code borderPosts}, through the index of that predicate. */
    List<ConsignmentDetail> withOpenReexports(List<String> borderPosts) {
        return jdbc.query("SELECT document::text FROM consignment_detail WHERE " + WITH_OPEN_REEXPORT
                        + " AND document #>> '{declaration,borderPost}' = ANY (?)",
                (row, rowNumber) -> json.detail(row.getString(1)), (Object) borderPosts.toArray(String[]::new));
    }

    void truncate() {
        jdbc.execute("TRUNCATE consignment_detail");
    }
}
