package org.borderledger.consignment.api;

/** What an arrival at exit found wrong with a transit movement; none found discharges it. */
public enum TransitFinding {
    /** A declared seal broken or missing, or a seal with another number. */
    SEALS,
    /** Another vehicle than the one declared at departure. */
    VEHICLE,
    /** Presented at a post leading to another country than the declared destination. */
    DIVERSION
}
