package org.borderledger.holds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.FourEyes;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.FetchHoldVersionQuery;
import org.borderledger.holds.api.HeldGoods;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.holds.api.HeldGoodsSort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the held-goods queue in SQL: the holds awaiting a decision, their age against the
 * database's clock at the query, and the four-eyes rule per viewer. Each filter is a fixed condition
 * with a bind parameter, added only when given; the sort column comes from {@link HeldGoodsSort}.
 */
@Component
class HeldGoodsQueries {

    /**
     * {@link FourEyes} over a hold's row, with the viewer's user id as its one parameter, so that the queue
     * counts in SQL the holds a supervisor may decide (FourEyesInSqlTest holds the two to agree).
     */
    static final String VIEWER_MAY_DECIDE = "placed_by <> ?";

    private static final String SELECT = """
            SELECT consignment_id, hold_id, reference, border_post, reason, text, automatic, placed_by,
                   placed_by_role, placed_at, (extract(epoch FROM statement_timestamp() - placed_at) * 1000)::bigint
                   AS age_ms, referred_agency, referred_by, referred_at, %s AS may_decide
            FROM consignment_hold""".formatted(VIEWER_MAY_DECIDE);

    private final JdbcTemplate jdbc;

    HeldGoodsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Long handle(FetchHoldVersionQuery query) {
        return jdbc.query("SELECT version FROM consignment_hold WHERE consignment_id = ? AND hold_id = ?",
                rows -> rows.next() ? rows.getLong(1) : -1L, query.consignmentId(), query.holdId());
    }

    @QueryHandler
    HeldGoodsPage handle(FetchHeldGoodsQuery query) {
        List<String> conditions = new ArrayList<>(List.of("awaiting_decision"));
        List<Object> parameters = new ArrayList<>();
        if (query.borderPost() != null) {
            conditions.add("border_post = ?");
            parameters.add(query.borderPost());
        }
        if (query.reason() != null) {
            conditions.add("reason = ?");
            parameters.add(query.reason().name());
        }
        if (query.referred() != null) {
            conditions.add(query.referred() ? "referred_agency IS NOT NULL" : "referred_agency IS NULL");
        }
        String where = " WHERE " + String.join(" AND ", conditions);

        parameters.add(0, query.viewerUserId());
        long[] counts = jdbc.queryForObject("SELECT count(*), count(*) FILTER (WHERE " + VIEWER_MAY_DECIDE + ")"
                + " FROM consignment_hold" + where,
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)}, parameters.toArray());
        String direction = query.descending() ? " DESC" : " ASC";
        parameters.add(query.limit());
        parameters.add(query.offset());
        List<HeldGoods> items = jdbc.query(SELECT + where + " ORDER BY " + column(query.sort()) + direction
                + ", consignment_id" + direction + ", hold_id" + direction + " LIMIT ? OFFSET ?",
                HeldGoodsQueries::map, parameters.toArray());
        return new HeldGoodsPage(items, counts[0], counts[1]);
    }

    private static String column(HeldGoodsSort sort) {
        return switch (sort) {
            case PLACED_AT -> "placed_at";
            case REASON -> "reason";
            case REFERENCE -> "reference";
            case BORDER_POST -> "border_post";
        };
    }

    private static HeldGoods map(ResultSet row, int rowNumber) throws SQLException {
        return new HeldGoods(row.getString("consignment_id"), row.getString("hold_id"), row.getString("reference"),
                row.getString("border_post"), HoldReason.valueOf(row.getString("reason")), row.getString("text"),
                row.getBoolean("automatic"), row.getString("placed_by"), Role.valueOf(row.getString("placed_by_role")),
                instant(row.getObject("placed_at", OffsetDateTime.class)), Duration.ofMillis(row.getLong("age_ms")),
                row.getString("referred_agency"), row.getString("referred_by"),
                instant(row.getObject("referred_at", OffsetDateTime.class)), row.getBoolean("may_decide"));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
