package org.borderledger.screening.api;

/** What version {@code to} changed against version {@code from}: a {@link ScreeningListDiff}, empty when either was never published. */
public record CompareScreeningListVersionsQuery(String from, String to) {
}
