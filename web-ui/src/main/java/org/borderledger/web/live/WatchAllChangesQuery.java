package org.borderledger.web.live;

/**
 * The subscription query behind a browser's live updates: it has no {@code consignmentId()}, so by
 * the subscription convention (README, "Several instances") it hears of every projection change.
 */
public record WatchAllChangesQuery() {
}
