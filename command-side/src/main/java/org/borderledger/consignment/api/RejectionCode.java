package org.borderledger.consignment.api;

/** Stable codes for refused commands, for the console, the API and tests to rely on. */
public enum RejectionCode {
    NOT_AUTHENTICATED,
    ROLE_NOT_ALLOWED,
    /** The consignment (or the declaration) is at a border post the officer or supervisor is not posted to. */
    OUT_OF_JURISDICTION,
    CONSIGNMENT_NOT_FOUND,
    DUPLICATE_REFERENCE,
    STALE_VERSION,
    TERMINAL_STATE,
    ILLEGAL_TRANSITION,
    NOT_CLEARED,
    HOLD_OPEN,
    UNKNOWN_HOLD,
    HOLD_ALREADY_DECIDED,
    DUPLICATE_HOLD,
    /** A possible match blocks release until an officer confirms or dismisses it. */
    POSSIBLE_MATCH_OPEN,
    /** The consignment's latest screening has no possible match for that party and entry. */
    UNKNOWN_POSSIBLE_MATCH,
    POSSIBLE_MATCH_ALREADY_RESOLVED,
    FOUR_EYES,
    /** A possible re-export blocks release until a supervisor decides it. */
    REEXPORT_OPEN,
    /** The consignment has no open possible re-export of that HS subheading (variant "decided": it was decided). */
    REEXPORT_NOT_OPEN,
    /** The reason given does not justify the decision taken (a lift for confirmed sanctions, say). */
    REASON_DOES_NOT_FIT_DECISION,
    DISCREPANCY_RECORDED,
    DECLARATION_IDENTITY_CHANGED,
    /** A transit movement's exit post cannot be reached as declared (the departure post, or toward another country). */
    TRANSIT_ROUTE,
    /** A transit movement's time limit has passed or is further ahead than a transit is given. */
    TRANSIT_TIME_LIMIT,
    LIST_VERSION_NOT_IN_FORCE,
    LIST_UNCHANGED,
    LIST_ENTRY_CONFLICT,
    /** A stored screening-list publication cannot be read: nothing is screened until it is repaired. */
    SCREENING_LISTS_UNREADABLE,
    /** A stored event the command needs cannot be read, or its own would be too large to store: nothing was stored. */
    STORED_EVENT_UNREADABLE,
    INVALID_INPUT
}
