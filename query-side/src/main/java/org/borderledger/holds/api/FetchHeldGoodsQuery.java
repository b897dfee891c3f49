package org.borderledger.holds.api;

import org.borderledger.consignment.api.HoldReason;

/**
 * Asks a supervisor's page of the held-goods queue: the holds awaiting a decision. The viewer is the
 * supervisor asking, so that each item says whether they may decide it (four eyes). Filters are
 * optional (null or blank means any): border post, reason, and whether the hold has been referred to
 * another agency. Rows that tie on the sort column come in consignment and hold id order, so pages
 * are stable.
 */
public record FetchHeldGoodsQuery(String viewerUserId, String borderPost, HoldReason reason, Boolean referred,
                                  HeldGoodsSort sort, boolean descending, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public FetchHeldGoodsQuery {
        if (viewerUserId == null || viewerUserId.isBlank()) {
            throw new IllegalArgumentException("The viewer's user id is required, to apply the four-eyes rule");
        }
        viewerUserId = viewerUserId.strip();
        borderPost = borderPost == null || borderPost.isBlank() ? null : borderPost.strip();
        sort = sort == null ? HeldGoodsSort.PLACED_AT : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("Offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Page size must be between 1 and " + MAX_LIMIT);
        }
    }
}
