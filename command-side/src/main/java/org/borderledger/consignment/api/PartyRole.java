package org.borderledger.consignment.api;

/** The part a trader plays in a consignment; every role is screened against the denied-party list. */
public enum PartyRole {
    DECLARANT, EXPORTER, CONSIGNEE, CARRIER
}
