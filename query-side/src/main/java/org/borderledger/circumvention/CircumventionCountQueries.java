package org.borderledger.circumvention;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.circumvention.api.CircumventionCounts;
import org.borderledger.circumvention.api.CircumventionKind;
import org.borderledger.circumvention.api.FetchCircumventionCountsQuery;
import org.borderledger.detail.DetailRows;
import org.borderledger.transit.TransitMovementQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the open circumvention hits from the projections that hold them: undecided possible re-exports
 * from the consignment details (through the index of their predicate), diverted, discrepancy-held and overdue
 * movements from the transit movements. Each is rebuilt from the events, and so are these counts.
 */
@Component
class CircumventionCountQueries {

    private final JdbcTemplate jdbc;

    CircumventionCountQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    CircumventionCounts handle(FetchCircumventionCountsQuery query) {
        String[] posts = query.borderPosts().toArray(String[]::new);
        Map<String, Map<CircumventionKind, Integer>> byPost = new TreeMap<>();
        jdbc.query("SELECT post, kind, count(*) FROM ("
                + " SELECT document #>> '{declaration,borderPost}' AS post, 'POSSIBLE_REEXPORT' AS kind"
                + " FROM consignment_detail, jsonb_array_elements(document -> 'reexports') reexport"
                + " WHERE " + DetailRows.WITH_OPEN_REEXPORT
                + " AND jsonb_typeof(reexport -> 'decision') IS DISTINCT FROM 'object'"
                + " UNION ALL"
                + " SELECT arrival_post, CASE hold_reason WHEN 'DIVERSION' THEN 'TRANSIT_DIVERTED' ELSE 'TRANSIT_DISCREPANCY' END"
                + " FROM transit_movement WHERE hold_open"
                + " UNION ALL"
                + " SELECT departure_post, 'TRANSIT_OVERDUE' FROM transit_movement"
                + " WHERE " + TransitMovementQueries.ON_THE_ROAD + " AND (overdue OR time_limit <= ?)"
                + ") AS hit WHERE cardinality(?::text[]) = 0 OR post = ANY (?) GROUP BY post, kind", row -> {
                    byPost.computeIfAbsent(row.getString(1), post -> new EnumMap<>(CircumventionKind.class))
                            .put(CircumventionKind.valueOf(row.getString(2)), row.getInt(3));
                }, OffsetDateTime.ofInstant(query.now(), ZoneOffset.UTC), posts, posts);
        List<CircumventionCounts.AtPost> atPosts = byPost.entrySet().stream()
                .map(entry -> new CircumventionCounts.AtPost(entry.getKey(), entry.getValue())).toList();
        return new CircumventionCounts(atPosts);
    }
}
