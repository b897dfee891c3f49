package org.borderledger.audit;

import java.time.Instant;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.audit.api.EventStoreOverview;
import org.borderledger.audit.api.FetchEventStoreOverviewQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers straight from the event store, not from a projection: what an auditor counts is what is stored. */
@Component
class EventStoreOverviewQueries {

    private final JdbcTemplate jdbc;

    EventStoreOverviewQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    EventStoreOverview handle(FetchEventStoreOverviewQuery query) {
        return jdbc.queryForObject("""
                SELECT count(*) AS events,
                       count(DISTINCT aggregateidentifier) AS consignments,
                       (SELECT "timestamp" FROM domainevententry ORDER BY globalindex DESC LIMIT 1) AS last_event_at
                FROM domainevententry""",
                (rs, row) -> new EventStoreOverview(rs.getLong("events"), rs.getLong("consignments"),
                        rs.getString("last_event_at") == null ? null : Instant.parse(rs.getString("last_event_at"))));
    }
}
