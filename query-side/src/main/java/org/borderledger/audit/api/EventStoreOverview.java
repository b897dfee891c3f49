package org.borderledger.audit.api;

import java.time.Instant;

/** The size of the event store; {@code lastEventAt} is null while it is empty. */
public record EventStoreOverview(long events, long consignments, Instant lastEventAt) {
}
