package org.borderledger.transit.api;

/**
 * The movements whose arrival placed a hold (DIVERSION or TRANSIT_DISCREPANCY) that awaits a decision,
 * diversions first, then the oldest hold first.
 */
public record FetchHeldTransitsQuery() {
}
