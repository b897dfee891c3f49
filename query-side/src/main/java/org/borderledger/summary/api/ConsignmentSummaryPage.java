package org.borderledger.summary.api;

import java.util.List;

/** One page of consignment summaries and how many match the filters in all. */
public record ConsignmentSummaryPage(List<ConsignmentSummary> items, long total) {

    public ConsignmentSummaryPage {
        items = List.copyOf(items);
    }
}
