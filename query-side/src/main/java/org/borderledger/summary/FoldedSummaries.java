package org.borderledger.summary;

import static org.borderledger.summary.SummaryRows.time;

import java.util.List;
import java.util.stream.Collectors;
import org.borderledger.projection.FoldedRows;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the rows of {@code consignment_summary} and {@code consignment_goods} for the
 * summary projection, a processor batch at a time: each consignment's row is written once a batch,
 * its goods lines only if the batch declared or amended them.
 */
@Component
class FoldedSummaries extends FoldedRows<SummaryRow> {

    private static final List<String> COLUMNS = List.of("consignment_id", "reference", "declarant_name",
            "exporter_name", "consignee_name", "party_names", "direction", "border_post", "destination_country",
            "status", "channel", "open_hold_count", "declared_at", "last_changed_at", "released_at", "version");

    /** The whole row, unless the stored one has already seen this version or a later one. */
    private static final String UPSERT = "INSERT INTO consignment_summary (" + String.join(", ", COLUMNS) + ")"
            + " VALUES (" + COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")"
            + " ON CONFLICT (consignment_id) DO UPDATE SET "
            + COLUMNS.stream().skip(1).map(column -> column + " = excluded." + column).collect(Collectors.joining(", "))
            + " WHERE consignment_summary.version < excluded.version";

    /**
     * Whether the summary row holds the version whose goods lines are written: if its upsert was
     * refused (a redelivery, the stored row further along), the stored lines stay.
     */
    private static final String ROW_AT_VERSION =
            "EXISTS (SELECT 1 FROM consignment_summary WHERE consignment_id = ? AND version = ?)";

    private final JdbcTemplate jdbc;

    FoldedSummaries(JdbcTemplate jdbc, ProjectionWrites writes) {
        super(writes.writer(ConsignmentSummaryProjection.PROCESSING_GROUP), SummaryRow::consignmentId,
                SummaryRow::version, SummaryRow::after);
        this.jdbc = jdbc;
    }

    @Override
    protected List<SummaryRow> read(List<String> consignmentIds) {
        return jdbc.query("SELECT * FROM consignment_summary WHERE consignment_id = ANY (?)",
                (row, rowNumber) -> SummaryRow.stored(SummaryRows.map(row, rowNumber), row.getString("party_names")),
                (Object) consignmentIds.toArray(String[]::new));
    }

    /** Queues the row, and its goods lines if they changed since it was read, to be written at commit. */
    @Override
    protected void save(SummaryRow row) {
        SummaryRow.Declared declared = row.declared();
        writer.executeLast(UPSERT, () -> new Object[] {row.consignmentId(), declared.reference(),
                declared.declarantName(), declared.exporterName(), declared.consigneeName(), declared.partyNames(),
                declared.direction().name(), declared.borderPost(), declared.destinationCountry(), row.status().name(),
                row.channel() == null ? null : row.channel().name(), row.openHoldCount(), time(row.declaredAt()),
                time(row.lastChangedAt()), time(row.releasedAt()), row.version()});
        if (row.goods() != null) {
            String id = row.consignmentId();
            writer.executeLast("DELETE FROM consignment_goods WHERE consignment_id = ? AND " + ROW_AT_VERSION,
                    () -> new Object[] {id, id, row.version()});
            writer.executeLastForEach("INSERT INTO consignment_goods (consignment_id, line_number, hs_code)"
                    + " SELECT ?, ?, ? WHERE " + ROW_AT_VERSION, row.goods(), line -> new Object[] {
                            id, line.lineNumber(), line.hsCode().value(), id, row.version()});
        }
    }

    /** Empties the tables for a replay. */
    void truncate() {
        jdbc.execute("TRUNCATE consignment_summary, consignment_goods");
    }
}
