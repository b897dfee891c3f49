package org.borderledger.consignment.api;

/** Why a supervisor decided a hold as they did; written, reasoned and open to appeal. */
public enum DecisionReason {
    FALSE_POSITIVE_MATCH, LICENCE_PRESENTED, DOCUMENTS_CORRECTED, DISCREPANCY_RESOLVED,
    SANCTIONS_CONFIRMED, PROHIBITED_GOODS, FALSE_DECLARATION, AGENCY_COMPETENT, OTHER
}
