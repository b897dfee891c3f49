package org.borderledger.summary.api;

import java.util.List;

/**
 * One page of consignment summaries and how many match the filters: {@code total} is exact when
 * {@code totalExact}, otherwise at least that many match (counting every match of a broad filter over
 * a million rows would cost more than the page itself).
 */
public record ConsignmentSummaryPage(List<ConsignmentSummary> items, long total, boolean totalExact) {

    public ConsignmentSummaryPage {
        items = List.copyOf(items);
    }
}
