package org.borderledger.circumvention.api;

/**
 * The kinds of open circumvention hit a supervisor must act on: hits that connect one consignment to
 * others or to a movement across the country, not those of one declaration alone.
 */
public enum CircumventionKind {
    /** An export linked to earlier coalition-origin imports, not yet decided; counted at the export's post. */
    POSSIBLE_REEXPORT,
    /** Transit goods presented toward another country than declared, hold not yet decided; at the arrival post. */
    TRANSIT_DIVERTED,
    /** Transit goods arrived with seals or vehicle not as at departure, hold not yet decided; at the arrival post. */
    TRANSIT_DISCREPANCY,
    /**
     * A movement past its time limit and not yet presented; counted at its office of departure, which holds
     * the guarantee and must find out where the goods went.
     */
    TRANSIT_OVERDUE
}
