package org.borderledger.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Direction;
import org.borderledger.summary.api.ConsignmentSummary;

/** Reads and writes the columns of {@code consignment_summary}. */
final class SummaryRows {

    static final String SELECT = """
            SELECT consignment_id, reference, declarant_name, exporter_name, consignee_name, direction, border_post,
                   destination_country, status, channel, open_hold_count, declared_at, last_changed_at, released_at,
                   version
            FROM consignment_summary""";

    private SummaryRows() {
    }

    static ConsignmentSummary map(ResultSet row, int rowNumber) throws SQLException {
        String channel = row.getString("channel");
        return new ConsignmentSummary(row.getString("consignment_id"), row.getString("reference"),
                row.getString("declarant_name"), row.getString("exporter_name"), row.getString("consignee_name"),
                Direction.valueOf(row.getString("direction")), row.getString("border_post"),
                row.getString("destination_country"), ConsignmentStatus.valueOf(row.getString("status")),
                channel == null ? null : Channel.valueOf(channel), row.getInt("open_hold_count"),
                row.getObject("declared_at", OffsetDateTime.class).toInstant(),
                row.getObject("last_changed_at", OffsetDateTime.class).toInstant(),
                instant(row.getObject("released_at", OffsetDateTime.class)), row.getLong("version"));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** An instant as a bind parameter for a TIMESTAMPTZ column; null stays null. */
    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
