package org.borderledger.summary;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.ConsignmentSummaryPage;
import org.borderledger.summary.api.FetchConsignmentSummariesQuery;
import org.borderledger.summary.api.FetchConsignmentSummaryQuery;
import org.borderledger.summary.api.SummarySort;
import org.postgresql.PGStatement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.stereotype.Component;

/**
 * Answers the consignment summary queries in SQL. Each filter is a fixed condition with a bind
 * parameter, added only when given; the sort column comes from {@link SummarySort}, never from input.
 */
@Component
@EnableConfigurationProperties(ConsignmentListProperties.class)
class ConsignmentSummaryQueries {

    private final JdbcTemplate jdbc;
    /** Matches counted beyond the requested page before the total is given as "more than". */
    private final int countHorizon;

    ConsignmentSummaryQueries(JdbcTemplate jdbc, ConsignmentListProperties properties) {
        this.jdbc = jdbc;
        this.countHorizon = properties.countHorizon();
    }

    @QueryHandler
    Optional<ConsignmentSummary> handle(FetchConsignmentSummaryQuery query) {
        return jdbc.query(SummaryRows.SELECT + " WHERE consignment_id = ?", SummaryRows::map, query.consignmentId())
                .stream().findFirst();
    }

    @QueryHandler
    ConsignmentSummaryPage handle(FetchConsignmentSummariesQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter(conditions, parameters, "reference LIKE ?", query.referencePrefix() == null
                ? null : likeLiteral(query.referencePrefix()) + "%");
        filter(conditions, parameters, "party_names ILIKE ?", query.partyName() == null
                ? null : "%" + likeLiteral(query.partyName()) + "%");
        filter(conditions, parameters,
                "consignment_id IN (SELECT consignment_id FROM consignment_goods WHERE hs_code LIKE ?)",
                query.hsCodePrefix() == null ? null : query.hsCodePrefix() + "%");
        filter(conditions, parameters, "status = ?", query.status() == null ? null : query.status().name());
        filter(conditions, parameters, "channel = ?", query.channel() == null ? null : query.channel().name());
        filter(conditions, parameters, "border_post = ?", query.borderPost());
        filter(conditions, parameters, "declared_at >= ?", SummaryRows.time(query.declaredFrom()));
        filter(conditions, parameters, "declared_at < ?", SummaryRows.time(query.declaredTo()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        // Counted up to a horizon past this page: enough for "next" and a total, bounded in cost.
        long horizon = (long) query.offset() + query.limit() + countHorizon;
        List<Object> counting = new ArrayList<>(parameters);
        counting.add(horizon + 1);
        long matchingCount = jdbc.query(plannedWithItsValues("SELECT count(*) FROM (SELECT 1 FROM consignment_summary"
                + where + " LIMIT ?) matching", counting), new SingleColumnRowMapper<>(Long.class)).get(0);
        boolean allCounted = matchingCount <= horizon;
        String direction = query.descending() ? " DESC" : " ASC";
        parameters.add(query.limit());
        parameters.add(query.offset());
        // Few matches, all counted: they are fetched through the filter's index and sorted. Left to itself the
        // planner may walk the sort column's index instead, expecting matches spread over it; an old reference
        // lies at the far end, so that walk reads the whole table (84 ms against 4 ms on 125,000 consignments).
        String rows = allCounted
                ? "WITH matching AS MATERIALIZED (" + SummaryRows.SELECT + where + ") SELECT * FROM matching"
                : SummaryRows.SELECT + where;
        List<ConsignmentSummary> items = jdbc.query(plannedWithItsValues(rows + " ORDER BY " + column(query.sort())
                + direction + ", consignment_id" + direction + " LIMIT ? OFFSET ?", parameters), SummaryRows::map);
        return new ConsignmentSummaryPage(items, Math.min(matchingCount, horizon), allCounted);
    }

    /**
     * A statement PostgreSQL plans with this request's values every time. After five uses pgjdbc would
     * prepare it on the server, and PostgreSQL may then keep a generic plan, blind to the values: for
     * {@code reference LIKE $1} it cannot use the prefix's index range and scans every row (62 ms against
     * 0.7 ms on 125,000 consignments), and it cannot tell a filter with few matches from a broad one.
     */
    static PreparedStatementCreator plannedWithItsValues(String sql, List<Object> parameters) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            new ArgumentPreparedStatementSetter(parameters.toArray()).setValues(statement);
            return statement;
        };
    }

    private static String column(SummarySort sort) {
        return switch (sort) {
            case REFERENCE -> "reference";
            case STATUS -> "status";
            case CHANNEL -> "channel";
            case BORDER_POST -> "border_post";
            case DECLARED_AT -> "declared_at";
            case LAST_CHANGED_AT -> "last_changed_at";
        };
    }

    private static void filter(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /** Escapes LIKE's wildcards, so that a name with '%' or '_' matches only itself. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
