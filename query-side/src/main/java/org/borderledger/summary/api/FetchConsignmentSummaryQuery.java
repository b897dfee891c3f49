package org.borderledger.summary.api;

import java.util.Objects;

/** Asks for the summary of one consignment; answered with an {@code Optional}, empty when unknown. */
public record FetchConsignmentSummaryQuery(String consignmentId) {

    public FetchConsignmentSummaryQuery {
        Objects.requireNonNull(consignmentId, "consignmentId");
    }
}
