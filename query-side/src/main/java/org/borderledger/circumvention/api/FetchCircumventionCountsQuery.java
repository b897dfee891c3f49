package org.borderledger.circumvention.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How many circumvention hits are open at each of {@code borderPosts} (every post when empty), by kind:
 * a {@link CircumventionCounts}. {@code now} decides which movements are past their time limit, so a
 * movement counts as overdue from its limit on, before the deadline's alert is recorded.
 */
public record FetchCircumventionCountsQuery(List<String> borderPosts, Instant now) {

    public FetchCircumventionCountsQuery {
        borderPosts = List.copyOf(Objects.requireNonNull(borderPosts, "borderPosts"));
        Objects.requireNonNull(now, "now");
    }
}
