package org.borderledger.screening.api;

/** Whether declarations can be screened now: a {@link ScreeningListStatus}. */
public record FetchScreeningListStatusQuery() {
}
