package org.borderledger.detail.api;

import java.util.Objects;

/** Asks for the detail of one consignment; answered with an {@code Optional}, empty when unknown. */
public record FetchConsignmentDetailQuery(String consignmentId) {

    public FetchConsignmentDetailQuery {
        Objects.requireNonNull(consignmentId, "consignmentId");
    }
}
