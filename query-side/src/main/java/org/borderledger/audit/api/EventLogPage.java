package org.borderledger.audit.api;

import java.util.List;

/** One page of the global event log; {@code hasMore} says whether a next page holds anything. */
public record EventLogPage(List<StoredEvent> events, int offset, int limit, boolean hasMore) {

    public EventLogPage {
        events = List.copyOf(events);
    }
}
