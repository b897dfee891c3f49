package org.borderledger.statistics.api;

import java.time.Duration;
import java.time.Instant;

/**
 * Asks for the statistics of one time range, from (inclusive) to (exclusive), at one border post or,
 * when it is null or blank, at all of them. Days are UTC days.
 */
public record FetchStatisticsQuery(String borderPost, Instant from, Instant to) {

    public static final Duration MAX_RANGE = Duration.ofDays(366);

    public FetchStatisticsQuery {
        borderPost = borderPost == null || borderPost.isBlank() ? null : borderPost.strip();
        if (from == null || to == null) {
            throw new IllegalArgumentException("Statistics need a time range: both its start and its end");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The time range must start before it ends");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new IllegalArgumentException("The time range spans at most " + MAX_RANGE.toDays() + " days");
        }
    }
}
