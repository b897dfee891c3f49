package org.borderledger.consignment.api;

/**
 * How the exporter or declarant of an export is taken for the importer (the consignee) of an
 * earlier import, strongest first: the same business identifier, the same address once case, spaces
 * and punctuation are folded, or, when neither party has an identifier, the same folded name in the
 * same country.
 */
public enum PartyLink {
    SAME_IDENTIFIER,
    SAME_ADDRESS,
    SAME_NAME_AND_COUNTRY
}
