package org.borderledger.web;

import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.springframework.stereotype.Component;

/**
 * Whether a consignment exists, asked of the event store rather than of a projection: a moment
 * after its declaration (or during a rebuild) the projections may not have it yet, and it is not
 * "unknown" for that.
 */
@Component
public class StoredConsignments {

    private final QueryGateway queries;

    StoredConsignments(QueryGateway queries) {
        this.queries = queries;
    }

    public boolean exists(String consignmentId) {
        return !queries.query(new FetchConsignmentHistoryQuery(consignmentId), ConsignmentHistory.class).join()
                .events().isEmpty();
    }
}
