package org.borderledger.audit.api;

import java.util.List;

/** The whole event stream of one consignment; empty when no such consignment was ever declared. */
public record ConsignmentHistory(String consignmentId, List<StoredEvent> events) {

    public ConsignmentHistory {
        events = List.copyOf(events);
    }
}
