package org.borderledger.summary;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.ConsignmentSummaryPage;
import org.borderledger.summary.api.FetchConsignmentSummariesAfterQuery;
import org.borderledger.summary.api.FetchConsignmentSummariesQuery;
import org.borderledger.summary.api.FetchConsignmentSummaryQuery;
import org.borderledger.summary.api.SummaryPosition;
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
        filters(query, conditions, parameters);
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
     * A page after a position: rows past it in the list's order (PostgreSQL's, with an unscreened channel
     * last when ascending and first when descending), read through the sort column's index with no count.
     */
    @QueryHandler
    FetchConsignmentSummariesAfterQuery.Slice handle(FetchConsignmentSummariesAfterQuery query) {
        FetchConsignmentSummariesQuery filters = query.filters();
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filters(filters, conditions, parameters);
        if (query.after() != null) {
            after(query.after(), filters.descending(), conditions, parameters);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String direction = filters.descending() ? " DESC" : " ASC";
        parameters.add(filters.limit() + 1);
        List<ConsignmentSummary> items = jdbc.query(plannedWithItsValues(SummaryRows.SELECT + where + " ORDER BY "
                + column(filters.sort()) + direction + ", consignment_id" + direction + " LIMIT ?", parameters), SummaryRows::map);
        boolean more = items.size() > filters.limit();
        return new FetchConsignmentSummariesAfterQuery.Slice(more ? items.subList(0, filters.limit()) : items, more);
    }

    /** The rows after {@code position}: past its value, or at its value with a later id; nulls sort as PostgreSQL sorts them. */
    private static void after(SummaryPosition position, boolean descending, List<String> conditions, List<Object> parameters) {
        String column = column(position.sort());
        String past = descending ? " < ?" : " > ?";
        if (position.sortValue() == null) {
            // At the nulls: last when ascending (only nulls follow), first when descending (every value follows).
            conditions.add("((" + column + " IS NULL AND consignment_id" + past + ")"
                    + (descending ? " OR " + column + " IS NOT NULL)" : ")"));
            parameters.add(position.consignmentId());
            return;
        }
        Object value = SummaryPosition.isInstant(position.sort())
                ? SummaryRows.time(Instant.parse(position.sortValue())) : position.sortValue();
        conditions.add("(" + column + past + " OR (" + column + " = ? AND consignment_id" + past + ")"
                + (descending ? "" : " OR " + column + " IS NULL") + ")");
        parameters.add(value);
        parameters.add(value);
        parameters.add(position.consignmentId());
    }

    private static void filters(FetchConsignmentSummariesQuery query, List<String> conditions, List<Object> parameters) {
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
