package org.borderledger.consignment.api;

/** What an officer at exit found of one seal put on at departure. */
public enum SealCondition {
    INTACT, BROKEN, MISSING
}
