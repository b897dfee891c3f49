package org.borderledger.live.api;

/**
 * Tells a subscriber that a projection's rows for one consignment have changed and are committed,
 * so it re-fetches what it shows.
 *
 * <p>The convention for every subscription query of the console: its update type is
 * {@code ProjectionChanged}. A query record with a {@code consignmentId()} accessor gets the changes
 * of that consignment only; any other query (a list, a page) gets every change. The update carries no
 * rows: the subscriber asks its query again, which always answers from committed data.
 */
public record ProjectionChanged(String processingGroup, String consignmentId) {
}
