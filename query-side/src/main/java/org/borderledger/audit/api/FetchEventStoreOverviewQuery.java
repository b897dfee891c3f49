package org.borderledger.audit.api;

/** Asks how much the event store holds: events, consignments, and when it last changed. */
public record FetchEventStoreOverviewQuery() {
}
