package org.borderledger.consignment.api;

/**
 * The two name-similarity thresholds a screening used: at or above {@code hold} a name match holds
 * the goods, from {@code review} up to {@code hold} it is a possible match for an officer to resolve.
 * Recorded in every screening so that a later reader knows which settings produced its bands.
 */
public record NameMatchThresholds(double hold, double review) {

    public NameMatchThresholds {
        if (!(hold > 0.0 && hold <= 1.0) || !(review > 0.0 && review <= 1.0)) {
            throw new IllegalArgumentException("Name-match thresholds must be above 0 and at most 1: hold " + hold
                    + ", review " + review);
        }
        if (review > hold) {
            throw new IllegalArgumentException("The review threshold (" + review
                    + ") must not be above the hold threshold (" + hold + ")");
        }
    }
}
