package org.borderledger.consignment.api;

/**
 * How a supervisor closes a possible re-export. None of them holds the goods by itself: a supervisor
 * who wants them stopped places a hold as for any other reason.
 */
public enum ReexportDecision {
    /** Certificates or production records show the exported goods are of Kazakh (or other non-coalition) origin. */
    ORIGIN_PROVEN_LOCAL,
    /** An end-use statement or contract shows a civilian end user and use that the measures allow. */
    END_USE_DOCUMENTED,
    /** The exported goods are not those imported (other model, serial numbers, specification), only the HS6 is shared. */
    GOODS_NOT_THE_SAME,
    /** The shared address or name is a coincidence (a business centre, a registration agent), not one trader. */
    PARTIES_NOT_RELATED,
    /** Sent to the Agency for Financial Monitoring as a possibly suspicious operation. */
    REFERRED_TO_FINANCIAL_MONITORING,
    /** Sent to the customs' own investigations (a suspected customs offence). */
    REFERRED_TO_INVESTIGATION
}
