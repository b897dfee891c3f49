package org.borderledger.summary.api;

import java.util.List;

/**
 * The consignment list's search continued after a position rather than at an offset: the summaries that
 * {@code filters} selects, in its order, that come after {@code after} (from the first when null), at most
 * {@code filters.limit()} of them; its offset is not used. Answered with a {@link Slice}.
 */
public record FetchConsignmentSummariesAfterQuery(FetchConsignmentSummariesQuery filters, SummaryPosition after) {

    public FetchConsignmentSummariesAfterQuery {
        if (filters.offset() != 0) {
            throw new IllegalArgumentException("A page after a position has no offset");
        }
        if (after != null && after.sort() != filters.sort()) {
            throw new IllegalArgumentException("The position is in " + after.sort() + " order, the list in " + filters.sort());
        }
    }

    /** Up to a page of summaries after the position; {@code more} when others follow them. */
    public record Slice(List<ConsignmentSummary> items, boolean more) {

        public Slice {
            items = List.copyOf(items);
        }
    }
}
