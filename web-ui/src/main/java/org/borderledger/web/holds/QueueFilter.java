package org.borderledger.web.holds;

import org.borderledger.consignment.api.HoldReason;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoodsSort;

/**
 * The queue's filters, sort and page as they arrive in the address. Values typed by hand that name no
 * reason or sort column are dropped, and the page says so, rather than answering with an error.
 */
record QueueFilter(String borderPost, String reason, String referred, String sort, Boolean descending, Integer page) {

    static final int PAGE_SIZE = 25;

    /** Parameters left out of the address mean the first page, oldest first. */
    QueueFilter {
        descending = Boolean.TRUE.equals(descending);
        page = page == null ? 0 : Math.max(0, page);
    }

    public HoldReason reasonCode() {
        return Codes.parse(HoldReason.class, reason);
    }

    public HeldGoodsSort sortColumn() {
        HeldGoodsSort column = Codes.parse(HeldGoodsSort.class, sort);
        return column == null ? HeldGoodsSort.PLACED_AT : column;
    }

    public Boolean referredOnly() {
        return Codes.isBlank(referred) ? null : Boolean.valueOf(referred);
    }

    public boolean valid() {
        return (Codes.isBlank(reason) || reasonCode() != null)
                && (Codes.isBlank(sort) || Codes.parse(HeldGoodsSort.class, sort) != null);
    }

    FetchHeldGoodsQuery query(String viewerUserId) {
        return new FetchHeldGoodsQuery(viewerUserId, borderPost, reasonCode(), referredOnly(), sortColumn(), descending,
                page * PAGE_SIZE, PAGE_SIZE);
    }
}
