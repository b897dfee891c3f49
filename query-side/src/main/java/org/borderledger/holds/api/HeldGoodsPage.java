package org.borderledger.holds.api;

import java.util.List;

/**
 * One page of the held-goods queue, how many holds match the filters in all, and how many of those
 * the viewer may decide (the others they placed themselves: four eyes).
 */
public record HeldGoodsPage(List<HeldGoods> items, long total, long mayDecide) {

    public HeldGoodsPage {
        items = List.copyOf(items);
    }
}
