package org.borderledger.screening.api;

/** Every publication of the screening lists, oldest first, as {@link ScreeningListPublication}s. */
public record FetchScreeningListPublicationsQuery() {
}
