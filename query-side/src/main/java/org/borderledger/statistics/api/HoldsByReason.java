package org.borderledger.statistics.api;

import org.borderledger.consignment.api.HoldReason;

/** How many holds of one reason were placed in the range, and how many of those still await a decision. */
public record HoldsByReason(HoldReason reason, long placed, long stillOpen) {
}
