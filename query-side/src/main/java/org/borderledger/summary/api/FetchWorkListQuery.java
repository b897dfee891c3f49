package org.borderledger.summary.api;

import java.util.List;

/**
 * Asks for the work list of the officers at some border posts (a supervisor may hold several): each
 * {@link WorkStage} with one page of its consignments at any of them, oldest declaration first, and
 * its count. The same offset and page size apply to every group.
 */
public record FetchWorkListQuery(List<String> borderPosts, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public FetchWorkListQuery {
        borderPosts = borderPosts == null ? List.of()
                : borderPosts.stream().filter(post -> post != null && !post.isBlank()).map(String::strip).toList();
        if (borderPosts.isEmpty()) {
            throw new IllegalArgumentException("A work list is for border posts, of which one at least is required");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("Offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Page size must be between 1 and " + MAX_LIMIT);
        }
    }
}
