package org.borderledger.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The full stream of one consignment from sequence 0, read with SQL rather than
 * {@code EventStore.readEvents(id)}, which would start at the latest snapshot. Served by the
 * event store's unique key on (aggregateidentifier, sequencenumber).
 */
@Component
class ConsignmentHistoryQueries {

    private final JdbcTemplate jdbc;

    ConsignmentHistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ConsignmentHistory handle(FetchConsignmentHistoryQuery query) {
        return new ConsignmentHistory(query.consignmentId(), jdbc.query(
                StoredEvents.SELECT + " WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                StoredEvents::map, query.consignmentId()));
    }
}
