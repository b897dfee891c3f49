package org.borderledger.rescreening.api;

/** The consignments whose re-screening against a version changed something: a channel raised, new hits, an automatic hold. */
public record FetchRescreeningOutcomesQuery(String listVersion) {
}
