package org.borderledger.web.dashboard;

/**
 * The holds awaiting a decision at a border post, and how many of them the viewing supervisor may
 * decide (four eyes: not those they placed themselves).
 */
public record HoldsWaiting(long total, long mayDecide) {
}
