package org.borderledger.consignment.api;

/** A supervisor's decision on a hold. */
public enum HoldDecision {
    /** End the hold; the consignment goes back to where it was. */
    LIFT,
    /** Seize the goods (terminal). */
    SEIZE,
    /** Refuse exit and turn the goods back (terminal). */
    REFUSE,
    /** Keep the hold open and refer it to a named agency; it is reviewed again later. */
    REFER
}
