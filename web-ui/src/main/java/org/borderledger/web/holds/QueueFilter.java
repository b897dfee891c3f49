package org.borderledger.web.holds;

import org.borderledger.consignment.api.HoldReason;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoodsSort;

/**
 * The queue's filters, sort and page as they arrive in the address. Values typed by hand that name no
 * reason or sort column are dropped, and the page says so, rather than answering with an error.
 */
public record QueueFilter(String borderPost, String reason, String referred, String sort, Boolean descending, Integer page) {

    static final int PAGE_SIZE = 25;

    /** Parameters left out of the address mean the first page, oldest first. */
    public QueueFilter {
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
        return invalidField() == null;
    }

    /** The first filter typed that names no reason or sort column, null when there is none. */
    public String invalidField() {
        if (!Codes.isBlank(reason) && reasonCode() == null) {
            return "reason";
        }
        return Codes.isBlank(sort) || Codes.parse(HeldGoodsSort.class, sort) != null ? null : "sort";
    }

    FetchHeldGoodsQuery query(String viewerUserId) {
        return query(viewerUserId, page * PAGE_SIZE, PAGE_SIZE);
    }

    /** The query with a page of the caller's (the API's); the same filters and sort as the console's page. */
    public FetchHeldGoodsQuery query(String viewerUserId, int offset, int limit) {
        return new FetchHeldGoodsQuery(viewerUserId, borderPost, reasonCode(), referredOnly(), sortColumn(), descending,
                offset, limit);
    }
}
