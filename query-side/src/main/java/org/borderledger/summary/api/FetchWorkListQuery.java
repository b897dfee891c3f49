package org.borderledger.summary.api;

/**
 * Asks for the work list of the officers at one border post: each {@link WorkStage} with one page of
 * its consignments, oldest declaration first, and its count. The same offset and page size apply to
 * every group.
 */
public record FetchWorkListQuery(String borderPost, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public FetchWorkListQuery {
        if (borderPost == null || borderPost.isBlank()) {
            throw new IllegalArgumentException("A work list is for one border post, which is required");
        }
        borderPost = borderPost.strip();
        if (offset < 0) {
            throw new IllegalArgumentException("Offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Page size must be between 1 and " + MAX_LIMIT);
        }
    }
}
