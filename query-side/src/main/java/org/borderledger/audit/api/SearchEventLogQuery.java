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
        userId = blankToNull("user", userId);
        eventType = blankToNull("type", eventType);
        consignmentId = blankToNull("consignment", consignmentId);
        if (offset < 0) {
            throw new IllegalArgumentException("Offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Page size must be between 1 and " + MAX_LIMIT);
        }
        requireStorable("from", from);
        requireStorable("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range must start before it ends");
        }
    }

    private static String blankToNull(String name, String value) {
        // PostgreSQL text cannot hold U+0000, so no stored event can match it; asking would fail the query.
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("'" + name + "' cannot contain the character U+0000");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireStorable(String name, Instant instant) {
        if (instant != null && (instant.isBefore(Instant.EPOCH) || instant.isAfter(LATEST))) {
            throw new IllegalArgumentException("'" + name + "' must lie between " + Instant.EPOCH + " and " + LATEST);
        }
    }
}
