package org.borderledger.detail.api;

import java.util.List;

/** The timeline of one consignment in sequence order; empty when the consignment is unknown. */
public record ConsignmentTimeline(String consignmentId, List<TimelineEntry> entries) {

    public ConsignmentTimeline {
        entries = List.copyOf(entries);
    }
}
