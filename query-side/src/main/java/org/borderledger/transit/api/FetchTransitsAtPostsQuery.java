package org.borderledger.transit.api;

import java.util.List;

/**
 * The movements in transit that left from or are bound for one of {@code borderPosts}: what the
 * officers of those posts expect. Soonest time limit first.
 */
public record FetchTransitsAtPostsQuery(List<String> borderPosts) {

    public FetchTransitsAtPostsQuery {
        borderPosts = List.copyOf(borderPosts);
    }
}
