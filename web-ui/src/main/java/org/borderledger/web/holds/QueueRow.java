package org.borderledger.web.holds;

import org.borderledger.web.PeopleNames;
import org.borderledger.holds.api.HeldGoods;

/**
 * One line of the held-goods queue: the hold, the names of who placed and who referred it, and how
 * long it has waited in whole days, hours and minutes.
 */
record QueueRow(HeldGoods hold, String placedBy, String referredBy, long days, long hours, long minutes) {

    static QueueRow of(HeldGoods hold, PeopleNames people) {
        long totalMinutes = Math.max(0, hold.age().toMinutes());
        return new QueueRow(hold, people.of(hold.placedBy()), people.of(hold.referredBy()),
                totalMinutes / (24 * 60), totalMinutes / 60 % 24, totalMinutes % 60);
    }
}
