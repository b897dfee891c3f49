package org.borderledger.projection.api;

/**
 * One segment of a processor. Only segments claimed by this instance have a position; the position
 * is the global index of the last event the segment has seen. Done means caught up and, after a
 * reset, back at least at the position it was reset from.
 */
public record SegmentStatus(int segmentId, boolean claimed, Long position, boolean caughtUp, boolean done,
                            String error) {
}
