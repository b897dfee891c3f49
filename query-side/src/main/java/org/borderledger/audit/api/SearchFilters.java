package org.borderledger.audit.api;

import java.time.Instant;

/** The rules every paged search of a log shares: its text filters, its page and its time range. */
public final class SearchFilters {

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private SearchFilters() {
    }

    /** The filter as it is searched for: null when blank (any), stripped otherwise. */
    public static String text(String name, String value) {
        // PostgreSQL text cannot hold U+0000, so no row can match it; asking would fail the query.
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("'" + name + "' cannot contain the character U+0000");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static void requirePage(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            throw new IllegalArgumentException("Offset must not be negative");
        }
        if (limit < 1 || limit > maxLimit) {
            throw new IllegalArgumentException("Page size must be between 1 and " + maxLimit);
        }
    }

    /**
     * A range from (inclusive) to (exclusive), either end open, within what the stores keep: the event
     * store keeps instants as text with a four-digit year (later instants would not compare as text),
     * and PostgreSQL refuses a timestamp far beyond that.
     */
    public static void requireRange(Instant from, Instant to) {
        requireStorable("from", from);
        requireStorable("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range must start before it ends");
        }
    }

    private static void requireStorable(String name, Instant instant) {
        if (instant != null && (instant.isBefore(Instant.EPOCH) || instant.isAfter(LATEST))) {
            throw new IllegalArgumentException("'" + name + "' must lie between " + Instant.EPOCH + " and " + LATEST);
        }
    }
}
