package org.borderledger.detail.api;

import java.time.Instant;
import java.util.List;

/** The detail and the timeline of a consignment as they stood at {@code asOf}. */
public record ConsignmentAsOf(Instant asOf, ConsignmentDetail detail, List<TimelineEntry> timeline) {

    public ConsignmentAsOf {
        timeline = List.copyOf(timeline);
    }
}
