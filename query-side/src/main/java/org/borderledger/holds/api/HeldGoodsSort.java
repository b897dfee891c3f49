package org.borderledger.holds.api;

/**
 * The columns the held-goods queue may be sorted by. {@code PLACED_AT} ascending, the default, puts
 * the oldest hold, the one waiting longest for a decision, first.
 */
public enum HeldGoodsSort {
    PLACED_AT, REASON, REFERENCE, BORDER_POST
}
