package org.borderledger.web;

import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.borderledger.audit.api.StoredEvent;
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
        return lastVersion(consignmentId) >= 0;
    }

    /** The sequence number of the consignment's last stored event, -1 when none is stored. */
    public long lastVersion(String consignmentId) {
        List<StoredEvent> events = queries.query(new FetchConsignmentHistoryQuery(consignmentId), ConsignmentHistory.class)
                .join().events();
        return events.isEmpty() ? -1 : events.get(events.size() - 1).sequenceNumber();
    }
}
