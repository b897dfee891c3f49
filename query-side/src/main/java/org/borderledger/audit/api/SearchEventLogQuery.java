package org.borderledger.audit.api;

import java.time.Instant;

/**
 * Asks for one page of the global event log, ordered by global index. Every filter is optional
 * (null or blank means any): the user id of the actor, the event type by simple name (e.g.
 * {@code HoldPlacedEvent}), the consignment, and the instants from (inclusive) and to (exclusive).
 */
public record SearchEventLogQuery(String userId, String eventType, String consignmentId, Instant from, Instant to,
                                  int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public SearchEventLogQuery {
        userId = SearchFilters.text("user", userId);
        eventType = SearchFilters.text("type", eventType);
        consignmentId = SearchFilters.text("consignment", consignmentId);
        SearchFilters.requirePage(offset, limit, MAX_LIMIT);
        SearchFilters.requireRange(from, to);
    }
}
