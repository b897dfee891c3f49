package org.borderledger.consignment.api;

public enum InspectionOutcome {
    NO_DISCREPANCY, DISCREPANCY
}
