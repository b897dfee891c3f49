package org.borderledger.detail.api;

import java.util.Objects;

/** Asks for the timeline of one consignment; answered with a {@link ConsignmentTimeline}. */
public record FetchConsignmentTimelineQuery(String consignmentId) {

    public FetchConsignmentTimelineQuery {
        Objects.requireNonNull(consignmentId, "consignmentId");
    }
}
