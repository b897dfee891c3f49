package org.borderledger.consignment.api;

/** A command addressed to one consignment. */
public interface ConsignmentCommand {
    String consignmentId();
}
