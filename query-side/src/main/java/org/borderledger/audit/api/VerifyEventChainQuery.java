package org.borderledger.audit.api;

/** Asks whether the hash chain of one consignment's events, or of the whole event store when the id is null, is intact. */
public record VerifyEventChainQuery(String consignmentId) {

    public static VerifyEventChainQuery wholeStore() {
        return new VerifyEventChainQuery(null);
    }
}
