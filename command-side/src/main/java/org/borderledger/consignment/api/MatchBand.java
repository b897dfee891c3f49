package org.borderledger.consignment.api;

/**
 * How sure screening is that a declared party is a denied party. A {@code MATCH} holds the goods
 * automatically; a {@code POSSIBLE} match holds nothing but blocks release until an officer confirms
 * or dismisses it.
 */
public enum MatchBand {
    /** An identifier matched, or the name scored at or above the hold threshold. */
    MATCH,
    /** The name scored between the review threshold and the hold threshold. */
    POSSIBLE
}
