package org.borderledger.consignment.api;

/** Why goods are held; fixed codes so holds can be counted and compared, with free text beside them. */
public enum HoldReason {
    SANCTIONS_MATCH, CONTROLLED_GOODS, DOCUMENTS, DISCREPANCY, OTHER_AGENCY, RISK_INTELLIGENCE, OTHER,
    /** A transit movement arrived with seals or vehicle not as at departure. */
    TRANSIT_DISCREPANCY,
    /** Transit goods presented toward another country than the declared destination. */
    DIVERSION
}
