package org.borderledger.access.api;

import java.util.List;

/** One page of the access log, newest first; {@code hasMore} says whether a next page holds anything. */
public record AccessLogPage(List<AccessEntry> entries, int offset, int limit, boolean hasMore) {

    public AccessLogPage {
        entries = List.copyOf(entries);
    }
}
