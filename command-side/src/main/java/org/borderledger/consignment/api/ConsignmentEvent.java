package org.borderledger.consignment.api;

/** A fact about one consignment. Every event says the status the consignment is in after it. */
public interface ConsignmentEvent {
    String consignmentId();

    ConsignmentStatus status();
}
