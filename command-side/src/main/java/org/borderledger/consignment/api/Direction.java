package org.borderledger.consignment.api;

/** Which way the goods cross the border post. */
public enum Direction {
    EXPORT, IMPORT, TRANSIT
}
