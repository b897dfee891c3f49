package org.borderledger.consignment.api;

public enum DocumentCheckOutcome {
    IN_ORDER, NOT_IN_ORDER
}
