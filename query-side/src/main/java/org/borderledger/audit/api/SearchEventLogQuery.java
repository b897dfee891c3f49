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
    /** The event store keeps instants as text with a four-digit year; later instants would not compare as text. */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    public SearchEventLogQuery {
        userId = SearchFilters.text("user", userId);
        eventType = SearchFilters.text("type", eventType);
        consignmentId = SearchFilters.text("consignment", consignmentId);
        SearchFilters.requirePage(offset, limit, MAX_LIMIT);
        requireStorable("from", from);
        requireStorable("to", to);
        SearchFilters.requireRange(from, to);
    }

    private static void requireStorable(String name, Instant instant) {
        if (instant != null && (instant.isBefore(Instant.EPOCH) || instant.isAfter(LATEST))) {
            throw new IllegalArgumentException("'" + name + "' must lie between " + Instant.EPOCH + " and " + LATEST);
        }
    }
}
