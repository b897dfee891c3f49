package org.borderledger.detail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.detail.api.TimelineAction;
import org.borderledger.detail.api.TimelineEntry;
import org.borderledger.projection.ProjectionWriter;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes and reads the rows of {@code consignment_timeline}. */
@Component
class TimelineRows {

    private final JdbcTemplate jdbc;
    private final JsonDocuments json;
    private final ProjectionWriter writer;

    TimelineRows(JdbcTemplate jdbc, JsonDocuments json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writer = writes.writer(ConsignmentTimelineProjection.PROCESSING_GROUP);
    }

    /** Inserts the entry, when the batch commits, unless its event is already there. */
    void insert(TimelineEntry entry) {
        Actor actor = entry.actor();
        writer.execute("""
                INSERT INTO consignment_timeline (consignment_id, sequence_number, occurred_at, user_id, role,
                    border_post, correlation_id, action, details, why)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (consignment_id, sequence_number) DO NOTHING""",
                entry.consignmentId(), entry.sequenceNumber(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
                actor == null ? null : actor.userId(), actor == null ? null : actor.role().name(),
                actor == null ? null : actor.borderPost(), entry.correlationId(), entry.action().name(),
                json.write(entry.details()), entry.why());
    }

    List<TimelineEntry> of(String consignmentId) {
        return jdbc.query("""
                SELECT consignment_id, sequence_number, occurred_at, user_id, role, border_post, correlation_id,
                       action, details::text AS details, why
                FROM consignment_timeline WHERE consignment_id = ? ORDER BY sequence_number""",
                this::map, consignmentId);
    }

    private TimelineEntry map(ResultSet row, int rowNumber) throws SQLException {
        String userId = row.getString("user_id");
        return new TimelineEntry(row.getString("consignment_id"), row.getLong("sequence_number"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                userId == null ? null : new Actor(userId, Role.valueOf(row.getString("role")), row.getString("border_post")),
                row.getString("correlation_id"), TimelineAction.valueOf(row.getString("action")),
                json.details(row.getString("details")), row.getString("why"));
    }

    void truncate() {
        jdbc.execute("TRUNCATE consignment_timeline");
    }
}
