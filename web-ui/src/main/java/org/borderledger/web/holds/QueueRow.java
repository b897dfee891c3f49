package org.borderledger.web.holds;

import org.borderledger.holds.api.HeldGoods;

/** One line of the held-goods queue: the hold, and how long it has waited in whole days, hours and minutes. */
record QueueRow(HeldGoods hold, long days, long hours, long minutes) {

    static QueueRow of(HeldGoods hold) {
        long totalMinutes = Math.max(0, hold.age().toMinutes());
        return new QueueRow(hold, totalMinutes / (24 * 60), totalMinutes / 60 % 24, totalMinutes % 60);
    }
}
