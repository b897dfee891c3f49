package org.borderledger.holds.api;

/**
 * Asks how far the held-goods queue has come with one hold: the consignment version of the last event
 * it applied to that hold, -1 while the queue does not have the hold. A page sent back to the queue
 * after a decision waits on it, so the queue it shows no longer offers the decided hold.
 */
public record FetchHoldVersionQuery(String consignmentId, String holdId) {
}
