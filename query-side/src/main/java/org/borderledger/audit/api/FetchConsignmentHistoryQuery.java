package org.borderledger.audit.api;

/** Asks for every stored event of one consignment, in sequence order, snapshots left out. */
public record FetchConsignmentHistoryQuery(String consignmentId) {

    public FetchConsignmentHistoryQuery {
        if (consignmentId == null || consignmentId.isBlank()) {
            throw new IllegalArgumentException("Consignment id is required");
        }
    }
}
