package org.borderledger.transit.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The movements still in transit whose time limit has passed at {@code now}, or whose overdue alert
 * was raised: by the clock as well as by the alert, so the queue is right in the moment between the
 * time limit and the deadline's firing; those leaving from or due at one of {@code borderPosts}. Most
 * overdue first.
 */
public record FetchOverdueTransitsQuery(Instant now, List<String> borderPosts) {

    public FetchOverdueTransitsQuery {
        Objects.requireNonNull(now, "now");
        borderPosts = List.copyOf(Objects.requireNonNull(borderPosts, "borderPosts"));
    }
}
