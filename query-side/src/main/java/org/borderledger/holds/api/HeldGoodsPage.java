package org.borderledger.holds.api;

import java.util.List;

/** One page of the held-goods queue and how many holds match the filters in all. */
public record HeldGoodsPage(List<HeldGoods> items, long total) {

    public HeldGoodsPage {
        items = List.copyOf(items);
    }
}
