package org.borderledger.audit.api;

import java.time.Instant;

/** The rules every paged search of a log shares: its text filters, its page and its time range. */
public final class SearchFilters {

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

    public static void requireRange(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range must start before it ends");
        }
    }
}
